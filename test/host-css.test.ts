import { expect } from '@open-wc/testing';
import '../src/index.js';
import { WIDGET_TAGS } from '../src/widgets/index.js';
import { openFrame, page, WIDGETS } from './helpers.js';

/**
 * The CSS resets and frameworks pages really use, as published on npm (devDependencies, served
 * from node_modules by the test server). None of them may change what a widget looks like.
 */
const RESETS: Record<string, string[]> = {
  'Tailwind preflight': ['/node_modules/tailwindcss/preflight.css'],
  'Bootstrap 5': ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
  'normalize.css': ['/node_modules/normalize.css/normalize.css'],
  'modern-normalize': ['/node_modules/modern-normalize/modern-normalize.css'],
  'sanitize.css': ['sanitize', 'forms', 'typography', 'assets'].map((f) => `/node_modules/sanitize.css/${f}.css`),
};


interface Seen {
  widget: string;
  /** Reserved by the page's one-line CSS, before the script has run. */
  beforeScript: [number, number];
  /** Reserved by the widget's own styles, defined but not drawn yet (far below the fold). */
  reserved: [number, number];
  drawn: [number, number];
  /** How many of each SVG element the plot holds, e.g. "rect:12 text:9". */
  marks: string;
  texts: string;
}

const size = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [r.width, r.height];
};

const markCounts = (el: Element) => {
  const counts: Record<string, number> = {};
  for (const node of el.shadowRoot!.querySelectorAll('svg.plot *')) counts[node.localName] = (counts[node.localName] ?? 0) + 1;
  const marks = el.shadowRoot!.querySelectorAll('svg.plot [data-mark]').length;
  return `${Object.entries(counts).sort().map(([k, v]) => `${k}:${v}`).join(' ')} marks:${marks}`;
};

const textOf = (el: Element) => (el.shadowRoot!.querySelector('.frame')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Every widget in a column `width` px wide on a page with `sheets`, measured three ways: boxed by the
 * page's reservation CSS before the script loads; boxed by its own styles only, before it
 * draws; and drawn. The column sets its own font, so a framework's body font (which a widget
 * rightly inherits) is not what is compared.
 */
async function seen(sheets: string[], width: number, extra = ''): Promise<Seen[]> {
  const column = (id: string) => `<div class="column" id="${id}">${WIDGETS.join('\n')}</div>`;
  const head =
    sheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('') +
    '<link rel="stylesheet" href="/dist/kz-auto-charts.css" id="reserve">' +
    `<style>.column { width: ${width}px; font: 16px/1.5 'DejaVu Sans', sans-serif; } ${extra}</style>`;
  // The second column sits far below the fold, where widgets wait to draw.
  const body = `${column('near')}<div style="height: 40000px"></div>${column('far')}`;
  const { frame, win, doc, frames } = await openFrame(page(body, { head }), { width: 700, height: 6000 });
  try {
    const hosts = (id: string) => [...doc.querySelectorAll(`#${id} > *`)];
    const beforeScript = hosts('near').map(size);
    // From here on, only the widget's own styles hold its box.
    doc.getElementById('reserve')!.remove();
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/kz-auto-charts.js';
    doc.head.append(script);
    const end = performance.now() + 10000;
    while (!hosts('near').every((el) => el.shadowRoot?.querySelector('svg.plot'))) {
      if (performance.now() > end) throw new Error('the widgets did not draw');
      await new Promise((r) => setTimeout(r, 25));
    }
    await frames(4);
    expect(
      hosts('far').filter((el) => el.shadowRoot?.querySelector('svg.plot')).length,
      'widgets far below the fold have not drawn yet',
    ).to.equal(0);
    expect(win.customElements.get('kz-auto-yoy')).to.not.equal(undefined);
    const far = hosts('far');
    return hosts('near').map((el, i) => ({
      widget: WIDGETS[i]!,
      beforeScript: beforeScript[i]!,
      reserved: size(far[i]!),
      drawn: size(el),
      marks: markCounts(el),
      texts: textOf(el),
    }));
  } finally {
    frame.remove();
  }
}

/** What differs between a widget on a bare page and on another page, in words. */
function differences(bare: Seen[], other: Seen[]): string[] {
  const found: string[] = [];
  bare.forEach((b, i) => {
    const o = other[i]!;
    for (const key of ['beforeScript', 'reserved', 'drawn'] as const) {
      const [w0, h0] = b[key];
      const [w, h] = o[key];
      if (Math.abs(w - w0) > 2 || Math.abs(h - h0) > 2) found.push(`${b.widget} ${key}: ${w0}×${h0} → ${w}×${h}`);
    }
    if (o.marks !== b.marks) found.push(`${b.widget} marks: ${b.marks} → ${o.marks}`);
    if (o.texts !== b.texts) found.push(`${b.widget} texts: ${b.texts} → ${o.texts}`);
  });
  return found;
}

for (const width of [360, 640]) {
  describe(`a page’s CSS reset changes no widget (${width} px column)`, function () {
    this.timeout(60000);
    let bare: Seen[];

    before(async () => {
      bare = await seen([], width);
    });

    it('measures real boxes on the bare page', () => {
      expect(bare.map((s) => s.widget.match(/^<([\w-]+)/)![1])).to.include.members([...WIDGET_TAGS]);
      for (const s of bare) {
        // A reserved box has the column's width and a height of its own, drawn or not.
        for (const [w, h] of [s.beforeScript, s.reserved, s.drawn]) {
          expect(w, s.widget).to.equal(width);
          expect(h, s.widget).to.be.greaterThan(100);
        }
        expect(s.marks, s.widget).to.match(/marks:[1-9]/);
        expect(s.texts.length, s.widget).to.be.greaterThan(50);
      }
    });

    for (const [name, sheets] of Object.entries(RESETS)) {
      it(`${name}: same size (±2 px) reserved and drawn, same marks, same texts`, async () => {
        for (const href of sheets) expect((await fetch(href)).ok, `${href} is served`).to.equal(true);
        expect(differences(bare, await seen(sheets, width))).to.deep.equal([]);
      });
    }

    it('sees a page rule that does change the widgets (so the comparison can fail)', async () => {
      // A larger root font size rightly grows every widget's text and reservation.
      const found = differences(bare, await seen([], width, 'html { font-size: 20px; }'));
      expect(found.some((d) => d.includes('reserved'))).to.equal(true);
      expect(found.some((d) => d.includes('drawn'))).to.equal(true);
    });
  });
}

describe('a widget the page sizes by its content', function () {
  this.timeout(20000);
  const contexts: [string, string][] = [
    ['a flex row', 'display: flex'],
    ['a float', 'float: left'],
    ['an inline block', 'display: inline-block'],
    ['an absolutely placed box', 'position: absolute'],
    ['an auto grid column', 'display: grid; grid-template-columns: auto'],
  ];
  for (const [name, style] of contexts) {
    it(`draws at its natural width (40rem) in ${name}, not at the width of its text`, async () => {
      const column = document.createElement('div');
      column.style.cssText = 'width: 1000px; position: relative';
      document.body.prepend(column);
      try {
        for (const widget of WIDGETS) {
          column.innerHTML = `<div style="${style}">${widget}</div>`;
          const el = column.firstElementChild!.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          await el.updateComplete;
          const plot = el.shadowRoot!.querySelector('svg.plot')!;
          expect(Number(plot.getAttribute('width')), widget).to.be.at.least(640);
          expect(el.getBoundingClientRect().width, widget).to.be.within(640, 1000);
        }
      } finally {
        column.remove();
      }
    });
  }

  it('shares a flex row with another widget without overflowing it', async () => {
    const row = document.createElement('div');
    row.style.cssText = 'display: flex; gap: 20px; width: 700px';
    row.innerHTML = '<kz-fact lang="en" fact="dealer-sales-2016"></kz-fact><kz-brands lang="en"></kz-brands>';
    document.body.prepend(row);
    try {
      const hosts = [...row.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await Promise.all(hosts.map((h) => h.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const widths = hosts.map((h) => h.getBoundingClientRect().width);
      expect(widths[0]! + widths[1]! + 20).to.be.closeTo(700, 1);
      for (const w of widths) expect(w).to.be.within(260, 440);
      expect(row.scrollWidth).to.equal(700);
    } finally {
      row.remove();
    }
  });
});
