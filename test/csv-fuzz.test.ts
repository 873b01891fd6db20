/**
 * Fuzzing the CSV reader end to end: tables in each widget's columns, written with any of the
 * delimiters, with good, broken and stray quotes, BOMs, line ends, hostile numbers, in UTF-8,
 * UTF-16 or Windows-1251, then bytes flipped at random. Whatever arrives, the reader ends (no
 * hang), nothing is thrown, and the widget shows a chart or a message with no NaN or Infinity
 * in its text or its SVG attributes.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { widgets, WIDGET_TAGS } from '../src/widgets/index.js';
import type { Column } from '../src/data/rows.js';
import type { WidgetData } from '../src/data/schema.js';
import { getLocale } from '../src/i18n/index.js';
import { parseCsv } from '../src/data/csv.js';
import { decodeBytes } from '../src/data/decode.js';
import { mountTag, uncaught } from './helpers.js';

type Chart = HTMLElement & { data: unknown; src?: string; updateComplete: Promise<unknown> };


const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'transform', 'points', 'viewBox', 'dx', 'dy']);

/** What a reader sees, checked: a chart or a message, never a blank, never NaN or Infinity drawn. */
function checkScreen(el: Element, input: string) {
  const root = el.shadowRoot!;
  const chart = root.querySelector('svg.plot');
  const message = (root.querySelector('.error p')?.textContent ?? '').trim();
  if (!chart && !message) throw new Error(`blank widget for ${JSON.stringify(input.slice(0, 300))}`);
  if (!chart) return;
  // Geometry always; text only when the file did not hold "NaN" or "Infinity" as a name.
  const geometry = [...root.querySelectorAll('svg *')].flatMap((n) =>
    [...n.attributes].filter((a) => GEOMETRY.has(a.name)).map((a) => `${a.name}="${a.value}"`),
  );
  const bad = [...(/nan|inf/i.test(input) ? [] : [root.textContent ?? '']), ...geometry].find((t) => /NaN|Infinity/.test(t));
  if (bad) throw new Error(`${bad.slice(0, 120)} drawn for ${JSON.stringify(input.slice(0, 300))}`);
}

const hostileCell = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 10 }) },
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      '', ' ', '0', '1', '24,5', '10 125', '−24,5', '88,400', '1,234,567', '12,000.5', 'NaN', 'Infinity', '-Infinity', '+inf', '1e308', '-1e308',
      '1e309', '5e-324', '1e-300', '1e15', '9007199254740993', '2016', '2016-01', '2017-11', '2016-13', 'kzt', 'usd', 'total', 'true', 'false',
      'dealer-sales', 'passenger-production', 'passenger-cars', 'Лада', 'Қостанай', 'Ёлка', '"', '""', ';', ',', '\t', '\n', '\r\n', '\r', '=1+1',
    ),
  },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 2, arbitrary: fc.integer().map(String) },
);

const number = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 200_000, noNaN: true }).map((n) => String(Math.round(n * 10) / 10)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('0', '1e15', '1e-9', '1e308', '-1e308', '5e-324', '1e309', 'NaN', 'Infinity', '-Infinity', '88,400', '24,5', '10 125', '-5') },
);

/** A cell for a column: mostly a value of its type (so tables often draw), sometimes anything. */
function cellFor(column: Column): fc.Arbitrary<string> {
  const t = column.type;
  const valid =
    typeof t === 'object'
      ? fc.constantFrom(...t.oneOf)
      : t === 'text'
        ? fc.constantFrom('Лада', 'Test fixture', 'Қостанай', 'a;b', 'x"y', 'Ёлка, ёж')
        : t === 'period'
          ? fc.constantFrom('2015', '2016', '2016-01', '2016-11', '2017-03')
          : t === 'boolean'
            ? fc.constantFrom('true', 'false')
            : t === 'latitude'
              ? fc.constantFrom('43.2', '51.1', '1e-300', 'NaN')
              : t === 'longitude'
                ? fc.constantFrom('76.9', '63.6', '1e308', 'Infinity')
                : t === 'share'
                  ? fc.oneof(fc.constantFrom('0', '100', '24,5', '5e-324', 'NaN'), fc.double({ min: 0, max: 100, noNaN: true }).map(String))
                  : number;
  return fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: hostileCell }, { weight: column.optional ? 1 : 0, arbitrary: fc.constant('') });
}

/** How a cell is written: as is, quoted properly, or with a broken quote. */
const writeCell = (cell: string, how: number, d: string) => {
  if (how === 0) return /["\r\n]/.test(cell) || cell.includes(d) ? `"${cell.replace(/"/g, '""')}"` : cell;
  if (how === 1) return `"${cell.replace(/"/g, '""')}"`;
  if (how === 2) return `"${cell}`;
  return cell;
};

function tableText(columns: string[], rows: string[][], d: string, eol: string, quoting: number[]): string {
  let k = 0;
  const line = (cells: string[]) => cells.map((c) => writeCell(c, quoting[k++ % quoting.length]!, d)).join(d);
  return [line(columns), ...rows.map(line)].join(eol) + eol;
}

/** Windows-1251 for the letters the pool uses; undefined when the text holds others. */
function cp1251(text: string): Uint8Array | undefined {
  const out: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0);
    else if (c === 'Ё') out.push(0xa8);
    else if (c === 'ё') out.push(0xb8);
    else return undefined;
  }
  return Uint8Array.from(out);
}

function encode(text: string, encoding: string, bom: boolean): Uint8Array {
  const utf16 = (le: boolean) => {
    const units = [...(bom ? [0xfeff] : []), ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))];
    const out = new Uint8Array(units.length * 2);
    units.forEach((u, i) => {
      out[i * 2 + (le ? 0 : 1)] = u & 0xff;
      out[i * 2 + (le ? 1 : 0)] = u >> 8;
    });
    return out;
  };
  if (encoding === 'utf-16le') return utf16(true);
  if (encoding === 'utf-16be') return utf16(false);
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'windows-1251') return cp1251(text) ?? utf8;
  return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]) : utf8;
}

/** A file for `columns`: any delimiter, quoting, BOM, line end, encoding, and some bytes flipped. */
/** A widget's bundled data as its CSV download writes it, as text cells. */
function bundledRows(tag: (typeof WIDGET_TAGS)[number]): string[][] {
  const shape = widgets[tag].data as WidgetData<unknown>;
  const columns = shape.schema.columns.map((c) => c.name);
  return shape.toRows(shape.bundled(), getLocale('en'), 'Test fixture').map((r) => columns.map((c) => (r[c] === undefined ? '' : String(r[c]))));
}

/** The bundled rows with a few cells replaced by hostile numbers or text. */
const mutated = (rows: string[][], width: number) =>
  fc.array(fc.tuple(fc.nat(), fc.nat(width - 1), fc.oneof(number, hostileCell)), { maxLength: 3 }).map((changes) => {
    const copy = rows.map((r) => [...r]);
    for (const [row, column, value] of changes) copy[row % copy.length]![column] = value;
    return copy;
  });

const fileFor = (schemaColumns: readonly Column[], base: string[][]) => {
  const columns = schemaColumns.map((c) => c.name);
  const typedRow = fc.tuple(...schemaColumns.map(cellFor));
  return fc
    .record({
      header: fc.oneof(
        { weight: 6, arbitrary: fc.constant(columns) },
        { weight: 1, arbitrary: fc.shuffledSubarray(columns) },
        { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...columns), fc.string({ maxLength: 6 })), { maxLength: 6 }) },
      ),
      rows: fc.oneof(
        { weight: 6, arbitrary: mutated(base, columns.length) },
        { weight: 2, arbitrary: fc.array(typedRow, { minLength: 1, maxLength: 6 }) },
        { weight: 1, arbitrary: fc.array(fc.array(hostileCell, { maxLength: columns.length + 1 }), { maxLength: 6 }) },
      ),
      delimiter: fc.constantFrom(',', ';', '\t'),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      // Mostly written as a spreadsheet would (0), sometimes all quoted (1), a broken quote (2).
      quoting: fc.oneof({ weight: 3, arbitrary: fc.constant([0] as number[]) }, { weight: 1, arbitrary: fc.array(fc.nat(5), { minLength: 1, maxLength: 5 }) }),
      encoding: fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1251'),
      bom: fc.boolean(),
      flips: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 3 }) }),
    })
    .map(({ header, rows, delimiter, eol, quoting, encoding, bom, flips }) => {
      const text = tableText(header, rows, delimiter, eol, quoting);
      const bytes = encode(text, encoding, bom);
      for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
      return { text, bytes };
    });
};

describe('CSV reader fuzzed: random bytes, delimiters, quotes, BOMs, encodings', function () {
  this.timeout(120_000);

  it('any bytes at all decode and parse, or are refused, without throwing or hanging', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.option(fc.nat(600)), (bytes, maxRows) => {
        const decoded = decodeBytes(bytes);
        if (!decoded.ok) return;
        const parsed = parseCsv(decoded.text, maxRows === null ? {} : { maxRows });
        expect(parsed.columns).to.be.an('array');
        if (maxRows !== null) expect(parsed.rows.length).to.be.at.most(maxRows + 1);
      }),
      { numRuns: 1000, seed: 1251 },
    );
  });

  for (const tag of WIDGET_TAGS) {
    const { columns } = widgets[tag].data.schema;
    const base = bundledRows(tag).slice(0, widgets[tag].data.schema.maxRows);
    const attrs = tag === 'kz-fact' ? `lang="ru" fact="${base[0]![0]}"` : 'lang="kk"';

    it(`${tag}: a fuzzed file ends in a chart or a message, with no NaN or Infinity drawn`, async () => {
      const el = (await mountTag(tag, attrs)) as unknown as Chart;
      let charts = 0;
      const errors = await uncaught(async () => {
        await fc.assert(
          fc.asyncProperty(fileFor(columns, base), async ({ text, bytes }) => {
            const decoded = decodeBytes(bytes);
            if (!decoded.ok) return;
            el.data = parseCsv(decoded.text, { maxRows: widgets[tag].data.schema.maxRows });
            await el.updateComplete;
            checkScreen(el, text);
            if (el.shadowRoot!.querySelector('svg.plot')) charts += 1;
          }),
          { numRuns: 80, seed: 20161124 },
        );
      });
      expect(errors).to.deep.equal([]);
      // The generator is worth something only if fuzzed files also draw (15–51 of 80 do).
      expect(charts, 'fuzzed files that drew a chart').to.be.above(8);
    });
  }

  it('every number column of every widget, with each extreme value: a chart without NaN or Infinity, or a row message', async () => {
    const extremes = ['0', '-0', '1e-9', '1e15', '1e308', '-1e308', '1.7e308', '5e-324', '-5e-324', '1e-300', 'NaN', 'Infinity', '-Infinity', '1e309', '88,400'];
    let refused = 0;
    for (const tag of WIDGET_TAGS) {
      const { columns, maxRows } = widgets[tag].data.schema;
      const base = bundledRows(tag).slice(0, maxRows);
      const numeric = columns.flatMap((c, i) => (['number', 'count', 'share', 'latitude', 'longitude'].includes(c.type as string) ? [i] : []));
      const el = (await mountTag(tag, tag === 'kz-fact' ? `lang="en" fact="${base[0]![0]}"` : 'lang="en"')) as unknown as Chart;
      for (const column of numeric) {
        for (const value of extremes) {
          // In every row at once (a sum), and in the first row only (a base or a ratio).
          for (const rows of [base.map((r) => r.map((c, i) => (i === column ? value : c))), base.map((r, k) => r.map((c, i) => (i === column && k === 0 ? value : c)))]) {
            const text = tableText(columns.map((c) => c.name), rows, ';', '\r\n', [0]);
            el.data = parseCsv(text);
            await el.updateComplete;
            checkScreen(el, text.replace(/NaN|Infinity/g, ''));
            const message = el.shadowRoot!.querySelector('.error')?.textContent ?? '';
            if (message) {
              refused += 1;
              expect(message, `${tag} ${columns[column]!.name}=${value}`).to.include(`"${value}"`);
            }
          }
        }
      }
      el.parentElement!.remove();
    }
    expect(refused).to.be.above(0);
  });

  it('the same through src: served bytes end in a chart or a message', async () => {
    const tag = 'kz-output-value';
    const { columns } = widgets[tag].data.schema;
    const base = bundledRows(tag);
    const errors = await uncaught(async () => {
      await fc.assert(
        fc.asyncProperty(fileFor(columns, base), async ({ text, bytes }) => {
          const el = (await mountTag(tag, 'lang="en"')) as unknown as Chart;
          const b64 = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
          el.setAttribute('src', `/__bytes__/data.csv?${new URLSearchParams({ b64, type: 'text/csv' })}`);
          const end = performance.now() + 5000;
          while (!el.shadowRoot!.querySelector('svg.plot, .error')) {
            if (performance.now() > end) throw new Error(`still loading for ${JSON.stringify(text.slice(0, 300))}`);
            await new Promise((r) => setTimeout(r, 10));
          }
          checkScreen(el, text);
          el.parentElement!.remove();
        }),
        { numRuns: 25, seed: 7 },
      );
    });
    expect(errors).to.deep.equal([]);
  });
});
