import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { LANGS } from '../src/i18n/index.js';
import { nextRender, settled, storedDiff, until } from './helpers.js';
import { VARIANTS } from './copy-variants.js';
import { measureWidget, type Finding } from './geometry.js';

/**
 * The geometric test of issue 14: every widget form × kk/ru/en × seven widths × light/dark, in
 * the bundled data and one set of own data, measured in the browser (test/geometry.ts). What it
 * finds is compared with the checked-in list test/geometry-known.txt: a finding not in the list
 * fails, one in the list that is no longer found is reported so that the list can shrink
 * (UPDATE_GEOMETRY=1 npx wtr --files test/geometry.test.ts rewrites it; read the diff).
 */

const WIDTHS = [280, 320, 360, 480, 640, 960, 1200];
const THEMES = ['light', 'dark'];

interface Form {
  /** How a finding names the form. */
  name: string;
  tag: string;
  attributes: Record<string, string>;
  /** The attributes with the own data: a card must name one of the own figures; null: bundled data only. */
  ownAttributes?: Record<string, string> | null;
}

const FORMS: Form[] = [
  { name: 'kz-auto-yoy', tag: 'kz-auto-yoy', attributes: {} },
  { name: 'kz-auto-yoy[mode=change]', tag: 'kz-auto-yoy', attributes: { mode: 'change' } },
  { name: 'kz-plant-share', tag: 'kz-plant-share', attributes: {} },
  { name: 'kz-dealer-sales', tag: 'kz-dealer-sales', attributes: {} },
  { name: 'kz-output-value', tag: 'kz-output-value', attributes: {} },
  { name: 'kz-recovery', tag: 'kz-recovery', attributes: {} },
  { name: 'kz-plants-map', tag: 'kz-plants-map', attributes: {} },
  { name: 'kz-brands', tag: 'kz-brands', attributes: {} },
  { name: 'kz-fact', tag: 'kz-fact', attributes: { fact: 'dealer-sales-2016' }, ownAttributes: { fact: 'big' } },
  {
    name: 'kz-fact[compare]',
    tag: 'kz-fact',
    attributes: { fact: 'dealer-sales-2016', compare: 'dealer-sales-2015' },
    ownAttributes: { fact: 'big', compare: 'thousand' },
  },
  // The other cards of the demo articles, whose longer figures and units wrap differently.
  { name: 'kz-fact(employment)', tag: 'kz-fact', attributes: { fact: 'employment' }, ownAttributes: null },
  {
    name: 'kz-fact(production-2016)[compare]',
    tag: 'kz-fact',
    attributes: { fact: 'production-2016', compare: 'production-2015-est' },
    ownAttributes: null,
  },
];

/** The own data of the copy files (test/copy-variants.ts): other magnitudes, other periods. */
function ownData(form: Form): Record<string, unknown>[] {
  const same = (a: Record<string, string>) => JSON.stringify(a) === JSON.stringify(form.ownAttributes ?? form.attributes);
  const variants = VARIANTS[form.tag]!.filter((v) => v.data);
  const data = (variants.find((v) => same(v.attributes)) ?? variants[0])?.data;
  if (!data) throw new Error(`test/copy-variants.ts has no own data for ${form.tag}`);
  return data;
}

interface Mounted {
  el: LitElement & { data?: unknown };
  where: string;
}

/**
 * Every set-up at one width, in one page: each widget in its own column of that width, all laid
 * on top of each other at the top of the viewport so that every one of them is near the screen
 * and draws (widgets far below the fold wait until a reader scrolls to them).
 */
async function mountAll(width: number, host: HTMLElement): Promise<Mounted[]> {
  const mounted: Mounted[] = [];
  for (const form of FORMS) {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        for (const own of form.ownAttributes === null ? [false] : [false, true]) {
          const column = document.createElement('div');
          column.style.cssText = `position:absolute;top:0;left:0;width:${width}px;font-family:system-ui,sans-serif`;
          const el = document.createElement(form.tag) as Mounted['el'];
          const attributes = { lang, theme, ...(own ? (form.ownAttributes ?? form.attributes) : form.attributes) };
          for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
          if (own) el.data = ownData(form);
          column.append(el);
          host.append(column);
          mounted.push({ el, where: `${form.name} ${lang} ${width} ${theme} ${own ? 'own' : 'bundled'}` });
        }
      }
    }
  }
  await until(() => mounted.every(({ el }) => settled(el)), `every widget at ${width} px to draw`, 30_000);
  for (const { el } of mounted) await el.updateComplete;
  await nextRender(mounted[0]!.el);
  // A widget redraws to its measured box a few per frame (src/controllers/redraw-queue.ts): with
  // this many on the page, measure once no plot has changed for several frames.
  const shape = () => mounted.map(({ el }) => el.shadowRoot?.querySelector('svg.plot')?.getAttribute('height') ?? '').join();
  let last = shape();
  for (let still = 0, frames = 0; still < 5 && frames < 300; frames += 1) {
    await new Promise((r) => requestAnimationFrame(r));
    const now = shape();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  return mounted;
}

const found: Finding[] = [];
let measuredWidths = 0;

const HEADER = [
  '# Layout faults the geometric test (test/geometry.test.ts) finds today, one a line, sorted.',
  '# Issue 14 removes them; a fault not listed here fails the test. Rewrite this list with',
  '# UPDATE_GEOMETRY=1 npx wtr --files test/geometry.test.ts and read the diff before committing.',
];

/** The known list compares on what is wrong and where, not on the measured pixels. */
const keyOf = (line: string) => line.replace(/ (by [\d.]+( × [\d.]+)? px|of [\d.]+ px|\([\d.]+ px > [\d.]+ px\))$/, '');

describe('geometry: nothing sticks out, overlaps, is covered, or leaves a blank foot', () => {
  for (const width of WIDTHS) {
    it(`measures every widget at ${width} px`, async function () {
      this.timeout(120_000);
      const host = document.createElement('div');
      host.style.cssText = 'position:relative';
      document.body.append(host);
      try {
        const mounted = await mountAll(width, host);
        for (const { el, where } of mounted) {
          // A widget that shows a message instead of its chart has nothing to measure: the set-up is wrong.
          expect(el.shadowRoot!.querySelector('.error'), `${where} shows a message`).to.equal(null);
          found.push(...measureWidget(el, where));
        }
        measuredWidths += 1;
      } finally {
        host.remove();
      }
    });
  }

  it('finds no fault that is not in test/geometry-known.txt', async function () {
    expect(measuredWidths, 'every width measured').to.equal(WIDTHS.length);
    const lines = [...new Set(found.map((f) => f.line))].sort();
    const diff = await storedDiff('/__geometry__/geometry-known.txt', `${[...HEADER, ...lines].join('\n')}\n`);
    if (!diff) return;
    const stored = diff.stored.filter((l) => l && !l.startsWith('#'));
    const known = new Set(stored.map(keyOf));
    const now = new Set(found.map((f) => f.key));
    const gone = stored.filter((l) => !now.has(keyOf(l)));
    if (gone.length) {
      console.log(`geometry: ${gone.length} known fault(s) no longer found; shrink test/geometry-known.txt (UPDATE_GEOMETRY=1):\n  ${gone.slice(0, 40).join('\n  ')}`);
    }
    const fresh = lines.filter((l) => !known.has(keyOf(l)));
    expect(fresh, `${fresh.length} new layout fault(s):\n  ${fresh.slice(0, 40).join('\n  ')}\n`).to.deep.equal([]);
  });
});

describe('geometry: each measurement can fail', () => {
  /** A stand-in widget: `content` in its shadow root, `reserve` px reserved, in a 300 px column. */
  function measureProbe(content: string, reserve = 200): string[] {
    const el = document.createElement('kz-geometry-probe');
    el.style.cssText = 'display:grid;width:300px;font:16px/1.2 sans-serif';
    el.attachShadow({ mode: 'open' }).innerHTML =
      `<style>:host::before{content:"";grid-area:1/1;padding-top:${reserve}px}.box{grid-area:1/1}</style><div class="box">${content}</div>`;
    document.body.append(el);
    try {
      return measureWidget(el, 'probe').map((f) => `${f.kind} · ${f.line}`);
    } finally {
      el.remove();
    }
  }
  const fill = (px: number) => `<div style="height:${px}px"></div>`;

  it('passes a box whose content fits and fills it', () => {
    expect(measureProbe(`${fill(180)}<p style="margin:0">Source: test</p>`)).to.deep.equal([]);
  });

  it('finds a text sticking out of the box', () => {
    const found = measureProbe(`${fill(180)}<p style="margin:0 0 0 270px;white-space:nowrap">−56 %</p>`);
    expect(found, found.join(" / ")).to.have.length(1);
    expect(found[0]).to.match(/^outside · probe: "−56 %" sticks out by [\d.]+ px$/);
  });

  it('finds two texts on each other', () => {
    const svg = '<svg width="300" height="28" style="display:block"><text x="10" y="20">first label</text><text x="14" y="24">second</text></svg>';
    const found = measureProbe(`${fill(172)}${svg}`);
    expect(found, found.join(" / ")).to.have.length(1);
    expect(found[0]).to.match(/^overlap · probe: "first label" overlaps "second" by [\d.]+ × [\d.]+ px$/);
  });

  it('finds a mark painted over a text, but not a label painted over its bar', () => {
    const over = '<svg width="300" height="28" style="display:block"><text x="10" y="20">value</text><rect data-mark="0" x="0" y="0" width="200" height="28"/></svg>';
    const under = '<svg width="300" height="28" style="display:block"><rect data-mark="0" x="0" y="0" width="200" height="28"/><text x="10" y="20">value</text></svg>';
    const found = measureProbe(`${fill(172)}${over}`);
    expect(found, found.join(" / ")).to.have.length(1);
    expect(found[0]).to.match(/^mark-over-text · probe: mark 0 \(rect\) covers "value" by [\d.]+ × [\d.]+ px$/);
    expect(measureProbe(`${fill(172)}${under}`)).to.deep.equal([]);
  });

  it('finds a blank band at the foot, and a drawing taller than the reserve', () => {
    const blank = measureProbe('<p style="margin:0">Title</p>', 200);
    expect(blank).to.have.length(1);
    expect(blank[0]).to.match(/^foot · probe: blank at the foot of [\d.]+ px$/);
    const taller = measureProbe(`${fill(280)}<p style="margin:0">Source</p>`, 200);
    expect(taller).to.have.length(1);
    expect(taller[0]).to.match(/^taller-than-reserved · probe: drawn taller than reserved \(\d+(\.5)? px > 200 px\)$/);
  });
});
