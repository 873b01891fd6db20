import { expect } from '@open-wc/testing';
import '../src/elements/kz-auto-yoy.js';
import type { KzAutoYoy } from '../src/elements/kz-auto-yoy.js';
import { drawn } from './helpers.js';

/** Fifty widgets at once, all in view (the viewport is made tall enough by zooming the column out). */
function fifty(): { column: HTMLElement; widgets: KzAutoYoy[] } {
  const column = document.createElement('div');
  // Tiny widgets so all fit on screen: each draws, none waits for the reader to scroll.
  column.style.cssText = 'width: 640px; zoom: 0.02';
  column.innerHTML = Array.from({ length: 50 }, () => '<kz-auto-yoy lang="en" no-menu></kz-auto-yoy>').join('');
  document.body.append(column);
  return { column, widgets: [...column.querySelectorAll<KzAutoYoy>('kz-auto-yoy')] };
}

/** A <kz-auto-yoy> in English in a box of `height`, counting its renders. */
function countedYoy(height: string, title?: string): { el: KzAutoYoy; renders: () => number } {
  const el = document.createElement('kz-auto-yoy') as KzAutoYoy;
  el.setAttribute('lang', 'en');
  if (title) el.setAttribute('title', title);
  el.style.setProperty('--kz-height', height);
  let renders = 0;
  const target = el as unknown as { render: () => unknown };
  const render = target.render;
  target.render = function (this: KzAutoYoy) {
    renders += 1;
    return render.call(this);
  };
  return { el, renders: () => renders };
}

describe('first draws of many widgets', () => {
  it('spreads them over several tasks, and each widget is drawn when its updateComplete resolves', async () => {
    const { column, widgets } = fifty();
    try {
      // At the end of the task that added them, a slice has been drawn, not all fifty.
      await new Promise<void>((resolve) => queueMicrotask(() => queueMicrotask(resolve)));
      const inFirstTask = widgets.filter(drawn).length;
      await Promise.all(widgets.map((w) => w.updateComplete));
      expect(widgets.filter(drawn).length, 'drawn once their updates completed').to.equal(50);
      expect(inFirstTask, 'drawn in the first task').to.be.below(50);
      // All at one width: each read the column's width before any of them drew.
      const widths = new Set(widgets.map((w) => w.shadowRoot!.querySelector('svg.plot')!.getAttribute('width')));
      expect(widths.size, [...widths].join(', ')).to.equal(1);
    } finally {
      column.remove();
    }
  });

  it('shows one widget\'s error among fifty and draws the other 49', async () => {
    const { column, widgets } = fifty();
    try {
      widgets[3]!.setAttribute('mode', 'no-such-mode');
      await Promise.all(widgets.map((w) => w.updateComplete));
      expect(widgets.filter(drawn).length).to.equal(49);
      expect(widgets[3]!.shadowRoot!.querySelector('[role=alert]'), 'the bad one explains itself').to.exist;
    } finally {
      column.remove();
    }
  });

  it('draws a chart once at the height its box gives it, before the browser paints', async () => {
    // A box much taller than the chart's natural height: the bars and gaps grow to fill it.
    const { el, renders: count } = countedYoy('46rem');
    document.body.append(el);
    try {
      await el.updateComplete;
      const area = el.shadowRoot!.querySelector('.plot-area')!;
      const plot = el.shadowRoot!.querySelector('svg.plot')!;
      expect(Number(plot.getAttribute('height')), 'drawn to fill its area').to.be.closeTo(area.getBoundingClientRect().height, 1);
      const after = count();
      for (let i = 0; i < 4; i += 1) await new Promise((r) => requestAnimationFrame(r));
      expect(count() - after, 'renders in the frames after').to.equal(0);
    } finally {
      el.remove();
    }
  });

  it('draws a widget like one drawn before once, at the height that one was given', async () => {
    const make = (title?: string) => countedYoy('40rem', title);
    const fills = (el: KzAutoYoy) =>
      Math.abs(Number(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('height')) - el.shadowRoot!.querySelector('.plot-area')!.getBoundingClientRect().height) < 1;
    const first = make();
    const second = make();
    // A title of its own may take more lines: no guess from the others, drawn again to fill its box.
    const third = make('A much longer title of our own that takes more than one line at this width, and then some');
    try {
      // One at a time, each in view.
      for (const { el } of [first, second, third]) {
        document.body.append(el);
        await el.updateComplete;
        expect(fills(el), 'fills its box').to.equal(true);
        el.remove();
      }
      expect(first.renders(), 'the first: drawn, then drawn again to fill its box').to.equal(2);
      expect(second.renders(), 'the second, like the first: drawn once').to.equal(1);
      expect(third.renders(), 'the third, with a title of its own: drawn again').to.equal(2);
    } finally {
      for (const { el } of [first, second, third]) el.remove();
    }
  });

  it('draws a widget moved near the viewport before it was ever drawn, by its next updateComplete', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight * 6}px`;
    const el = document.createElement('kz-auto-yoy') as KzAutoYoy;
    el.setAttribute('lang', 'en');
    document.body.append(spacer, el);
    try {
      await el.updateComplete;
      expect(drawn(el), 'far below: not drawn yet').to.equal(false);
      // A framework moving nodes, a tab switch: it is near now.
      document.body.prepend(el);
      await el.updateComplete;
      expect(drawn(el), 'moved near').to.equal(true);
    } finally {
      spacer.remove();
      el.remove();
    }
  });
});
