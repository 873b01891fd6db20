import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/index.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { mount } from './helpers.js';

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const WHITE = 'rgb(255, 255, 255)';

/**
 * What a chart label sits on: the accent part or the grey rest of a 100 % bar (an outlined
 * group), else the page (bars' value labels sit beside them).
 */
const labelBackground = (plot: Element, text: Element, page: string) =>
  text.classList.contains('value--inverse')
    ? getComputedStyle(plot.querySelector('.bar--local')!).fill
    : text.classList.contains('value--other') && text.closest('g')?.querySelector('.outline')
      ? getComputedStyle(text.closest('g')!.querySelector('.bar--other')!).fill
      : page;

// axe checks HTML text, not SVG marks or SVG text; these checks cover what it skips.
describe('contrast of chart marks and chart text on a white page', () => {
  for (const [name, template] of [
    ['kz-auto-yoy units', html`<kz-auto-yoy lang="en"></kz-auto-yoy>`],
    ['kz-auto-yoy change', html`<kz-auto-yoy lang="en" mode="change"></kz-auto-yoy>`],
    ['kz-plant-share', html`<kz-plant-share lang="en"></kz-plant-share>`],
  ] as const) {
    it(name, async () => {
      const el = await mount(template);
      const plot = el.shadowRoot!.querySelector('svg.plot')!;
      for (const text of plot.querySelectorAll('text')) {
        const style = getComputedStyle(text);
        // White labels sit on the accent colour, not on the page.
        const background = labelBackground(plot, text, WHITE);
        expect(contrast(style.fill, background), `${text.textContent}`).to.be.at.least(4.5);
      }
      for (const mark of plot.querySelectorAll('rect.bar')) {
        const style = getComputedStyle(mark);
        // A mark is seen by its fill, or by its outline where the fill is pale or a pattern.
        const edge = style.stroke !== 'none' ? style.stroke : style.fill;
        const best = Math.max(style.fill.startsWith('rgb') ? contrast(style.fill, WHITE) : 0, contrast(edge, WHITE));
        expect(best, mark.getAttribute('class')!).to.be.at.least(3);
      }
    });
  }
});

describe('contrast in the dark theme and with forced colours', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
    document.body.style.background = '';
  });

  const check = async (el: Element, background: string) => {
    const plot = el.shadowRoot!.querySelector('svg.plot')!;
    for (const text of plot.querySelectorAll('text')) {
      const bg = labelBackground(plot, text, background);
      expect(contrast(getComputedStyle(text).fill, bg), `${text.textContent}`).to.be.at.least(4.5);
    }
    for (const node of el.shadowRoot!.querySelectorAll('.title, .subtitle, .source, .note, .legend li')) {
      expect(contrast(getComputedStyle(node).color, background), node.className).to.be.at.least(4.5);
    }
    for (const mark of plot.querySelectorAll('rect.bar')) {
      const style = getComputedStyle(mark);
      const edge = style.stroke !== 'none' ? style.stroke : style.fill;
      const best = Math.max(style.fill.startsWith('rgb') ? contrast(style.fill, background) : 0, contrast(edge, background));
      expect(best, mark.getAttribute('class')!).to.be.at.least(3);
    }
  };

  for (const tag of ['kz-auto-yoy', 'kz-plant-share']) {
    it(`${tag} theme="dark" on a dark page`, async () => {
      document.body.style.background = '#111418';
      const el = await mount(tag === 'kz-auto-yoy' ? html`<kz-auto-yoy theme="dark"></kz-auto-yoy>` : html`<kz-plant-share theme="dark"></kz-plant-share>`);
      await check(el, 'rgb(17, 20, 24)');
    });

    it(`${tag} with forced colours (Windows high contrast)`, async () => {
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      const el = await mount(tag === 'kz-auto-yoy' ? html`<kz-auto-yoy></kz-auto-yoy>` : html`<kz-plant-share></kz-plant-share>`);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const canvas = getComputedStyle(el).backgroundColor;
      await check(el, canvas);
      // The part and the rest of a 100 % bar: solid system text colour against the page's colour.
      const [local, other] = ['.bar--local', '.bar--other'].map((c) => el.shadowRoot!.querySelector(`svg.plot ${c}`));
      if (local && other) expect(getComputedStyle(local).fill).not.to.equal(getComputedStyle(other).fill);
      // Estimates still differ from reported figures without colour: hatched, not solid.
      if (tag === 'kz-auto-yoy') {
        expect(el.shadowRoot!.querySelector('svg.plot .bar--estimate')!.getAttribute('fill')).to.match(/^url\(#/);
      }
    });
  }
});
