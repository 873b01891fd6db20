import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import { nextRender, WIDGETS } from './helpers.js';


/** An A4 page's printable width in CSS px with the browser's default margins (210 mm − 2 × 10 mm). */
const PRINT_WIDTH = Math.floor(((210 - 20) / 25.4) * 96);

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const shown = (el: Element | null) => {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return getComputedStyle(el).display !== 'none' && r.width > 0 && r.height > 0;
};

/** Draws `markup` for a 984 px screen column, then narrows the column to a printed page. */
async function drawnForScreen(markup: string): Promise<{ el: Widget; column: HTMLElement }> {
  const column = document.createElement('div');
  column.style.width = '984px';
  column.innerHTML = markup;
  document.body.prepend(column);
  const el = column.firstElementChild as Widget;
  await el.updateComplete;
  await nextRender(el as never);
  expect(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('width')).to.equal('984');
  return { el, column };
}

/**
 * What the printed page holds, measured in the same task as the column narrows: printing lays
 * the page out at the paper's width without running the widget's script, so no redraw helps.
 */
function onPaper(el: Widget, column: HTMLElement) {
  column.style.width = `${PRINT_WIDTH}px`;
  const root = el.shadowRoot!;
  const host = el.getBoundingClientRect();
  const plot = root.querySelector('svg.plot')!.getBoundingClientRect();
  return {
    controls: [...root.querySelectorAll('.menu, .menu-button, .table-toggle')].filter(shown).length,
    title: shown(root.querySelector('.title')),
    source: shown(root.querySelector('.source')),
    notes: [...root.querySelectorAll('.note')].map(shown),
    plotFits: plot.left >= host.left - 1 && plot.right <= host.left + PRINT_WIDTH + 1 && plot.width > 0,
    figureFits: root.querySelector('figure')!.scrollWidth <= PRINT_WIDTH + 1,
    // Nothing of the plot sticks out below the figure either.
    plotInside: plot.bottom <= root.querySelector('figure')!.getBoundingClientRect().bottom + 1,
  };
}

describe('printing an article', function () {
  this.timeout(20000);
  afterEach(() => emulateMedia({ media: 'screen' }));

  for (const markup of WIDGETS) {
    it(`prints ${markup} with its title, notes and source, no controls, within the page width`, async () => {
      const { el, column } = await drawnForScreen(markup);
      try {
        await emulateMedia({ media: 'print' });
        const paper = onPaper(el, column);
        expect(paper.controls, 'buttons and menus').to.equal(0);
        expect(paper.title, 'title').to.equal(true);
        expect(paper.source, 'source').to.equal(true);
        expect(paper.notes.every(Boolean), 'notes').to.equal(true);
        expect(paper.plotFits, 'the plot fits the page width').to.equal(true);
        expect(paper.figureFits, 'nothing is wider than the page').to.equal(true);
        expect(paper.plotInside, 'the plot stays inside its figure').to.equal(true);
      } finally {
        column.remove();
      }
    });
  }

  it('shows the controls and overflows a narrowed column on screen (so the checks can fail)', async () => {
    const { el, column } = await drawnForScreen(WIDGETS[0]!);
    try {
      const screen = onPaper(el, column);
      expect(screen.controls).to.be.greaterThan(0);
      expect(screen.plotFits).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('.note').length).to.be.greaterThan(0);
    } finally {
      column.remove();
    }
  });
});
