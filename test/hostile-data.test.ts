import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { widgets, WIDGET_TAGS } from '../src/widgets/index.js';
import type { DataSchema } from '../src/data/rows.js';
import { mountTag, uncaught } from './helpers.js';

type Chart = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };


/** What the reader sees: a drawn chart, or a message saying why not. */
function outcome(el: Element): 'chart' | 'message' | 'nothing' {
  const root = el.shadowRoot!;
  if (root.querySelector('svg.plot')) return 'chart';
  return (root.querySelector('.error p')?.textContent ?? '').trim() ? 'message' : 'nothing';
}

/** Anything a cell might hold: good values, wrong types, edge numbers, markup, nesting. */
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '2016-01', '2015', 'true', 'kzt', 'total', 'passenger-cars', 'sector', 'dealer-sales', '−24,5', '10 125', '<b>x</b>'),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, -1),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 3 }),
);

/** Rows shaped like the widget's schema, with any value in any column (and some missing). */
const rowsFor = (schema: DataSchema) =>
  fc.array(
    fc.record(Object.fromEntries(schema.columns.map((c) => [c.name, cell])), { requiredKeys: [] }),
    { maxLength: 8 },
  );

/**
 * Valid rows with extreme numbers: these should draw. Valid means 0 or from 1e-9 to 1e15 in size
 * (src/data/rows.ts): past those bounds a sum or a ratio could overflow, so they are refused.
 */
const extremeNumber = fc.oneof(fc.double({ min: 1e-9, max: 1e15, noNaN: true }), fc.constantFrom(0, 1e-9, 1e12, 99.999, 100, 1e15));

describe('hostile data: every widget ends in a chart or a message', function () {
  this.timeout(60_000);

  for (const tag of WIDGET_TAGS) {
    const { schema } = widgets[tag].data;
    const attrs = tag === 'kz-fact' ? 'lang="en" fact="x"' : 'lang="en"';

    it(`${tag}: random rows, random values, wrong types, deep nesting`, async () => {
      const el = (await mountTag(tag, attrs)) as unknown as Chart;
      const errors = await uncaught(async () => {
        await fc.assert(
          fc.asyncProperty(fc.oneof(rowsFor(schema), fc.anything({ maxDepth: 4 })), async (data) => {
            el.data = data;
            await el.updateComplete;
            const seen = outcome(el);
            if (seen === 'nothing') throw new Error(`blank widget for ${JSON.stringify(data)?.slice(0, 200)}`);
            if (seen === 'chart' && /NaN|undefined|Infinity/.test(el.shadowRoot!.textContent ?? '')) {
              throw new Error(`NaN or undefined shown for ${JSON.stringify(data)?.slice(0, 200)}`);
            }
          }),
          { numRuns: 60, seed: 20161124 },
        );
      });
      expect(errors).to.deep.equal([]);
    });
  }

  it('extreme but valid numbers draw without NaN, in every language', async () => {
    const el = (await mountTag('kz-output-value', 'lang="ru"')) as unknown as Chart;
    const errors = await uncaught(async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(extremeNumber, { minLength: 1, maxLength: 6 }), fc.constantFrom('kk', 'ru', 'en'), async (values, lang) => {
          el.setAttribute('lang', lang);
          el.data = values.map((value, i) => ({ period_from: String(2000 + i), value, currency: 'KZT' }));
          await el.updateComplete;
          expect(outcome(el)).to.equal('chart');
          expect(el.shadowRoot!.textContent).to.not.match(/NaN|undefined|Infinity/);
        }),
        { numRuns: 40, seed: 7 },
      );
    });
    expect(errors).to.deep.equal([]);
  });

  it('a 10,000-row table is refused with a message, quickly, for every widget', async () => {
    for (const tag of WIDGET_TAGS) {
      const el = (await mountTag(tag, 'lang="en" fact="a"')) as unknown as Chart;
      const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: `a${i}`, period_from: '2016', value: i }));
      const started = performance.now();
      el.data = rows;
      await el.updateComplete;
      expect(outcome(el), tag).to.equal('message');
      expect(el.shadowRoot!.querySelector('.error')!.textContent).to.match(/at most \d+ rows, found "10000"/);
      // Not a timing assertion on a shared machine: a guard against a frozen page only.
      expect(performance.now() - started, tag).to.be.below(5000);
      el.parentElement!.remove();
    }
  });

  it('500 rows of many problems list five and count the rest', async () => {
    const el = (await mountTag('kz-fact', 'lang="kk" fact="a"')) as unknown as Chart;
    el.data = Array.from({ length: 500 }, () => ({ id: {}, value: 'x' }));
    await el.updateComplete;
    const lines = [...el.shadowRoot!.querySelectorAll('.error p')].map((p) => p.textContent);
    expect(lines[0]).to.equal('data қасиетінде 2000 қате бар:');
    expect(lines).to.have.length(7);
    expect(lines[6]).to.equal('…және тағы 1995.');
  });

  it('deeply nested and cyclic input is described, not walked', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i += 1) deep = { rows: [deep] };
    const cyclic: Record<string, unknown> = { rows: [] };
    (cyclic.rows as unknown[]).push(cyclic);
    for (const data of [deep, cyclic, [cyclic], new Map(), Symbol('x'), () => 1, new Date(0)]) {
      const el = (await mountTag('kz-brands', 'lang="en"')) as unknown as Chart;
      const errors = await uncaught(async () => {
        el.data = data;
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(outcome(el)).to.equal('message');
      el.parentElement!.remove();
    }
  });
});

describe('hostile attributes: every widget ends in a chart or a message', function () {
  this.timeout(60_000);
  const value = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('', ' ', 'kk', 'RU', 'en-GB', 'dark', 'auto', 'units', 'change', 'passenger-cars,trucks', ',,,', 'none', 'dealer-sales-2016', 'employment', '-1', '1e9', 'NaN', '<script>window.__pwned=1</script>', '"><img src=x onerror=window.__pwned=1>'),
  );
  const names = ['lang', 'theme', 'mode', 'segments', 'annotations', 'fact', 'compare', 'title', 'subtitle', 'source', 'note', 'no-menu', 'src-timeout'];

  for (const tag of WIDGET_TAGS) {
    it(`${tag}: any values of any attributes`, async () => {
      const el = (await mountTag(tag, '')) as unknown as Chart;
      const errors = await uncaught(async () => {
        await fc.assert(
          fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 6 }), async (attributes) => {
            for (const name of names) el.removeAttribute(name);
            for (const [name, v] of Object.entries(attributes)) el.setAttribute(name, v);
            await el.updateComplete;
            if (outcome(el) === 'nothing') throw new Error(`blank widget for ${JSON.stringify(attributes)}`);
          }),
          { numRuns: 60, seed: 42 },
        );
      });
      expect(errors).to.deep.equal([]);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }
});
