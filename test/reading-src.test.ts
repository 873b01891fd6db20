/**
 * Reading a newsroom's file at `src` as it really arrives: `;`- or tab-separated, in UTF-16 or
 * Windows-1251, far too large, behind a sign-in page, with a password in the address, or moved
 * while it loads. The test server answers bytes the tests choose (/__bytes__) and streams
 * generated files (/__big__), see web-test-runner.config.js.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { ChartElement } from '../src/elements/chart-element.js';
import { parseCsv } from '../src/data/csv.js';
import { decodeBytes } from '../src/data/decode.js';
import { MAX_BYTES } from '../src/widgets/fetch-rows.js';
import { captureConsole, drawn, errorText, mount, settled, texts, until } from './helpers.js';

type AnyChart = ChartElement<unknown, unknown>;


/** Earlier widgets of a test are removed first, so the new one is in view and draws. */
const mountSrc = (tag: string, src: string, lang = 'en') => {
  document.querySelectorAll('body > div').forEach((d) => d.querySelector('[src]') && d.remove());
  return mount<AnyChart>(staticHtml`<${unsafeStatic(tag)} lang=${lang} src=${src}></${unsafeStatic(tag)}>`);
};

/** Mounts `tag` reading `src` and waits for a chart or a message. */
async function read(tag: string, src: string, lang = 'en'): Promise<AnyChart> {
  const el = await mountSrc(tag, src, lang);
  await until(() => settled(el), `${tag} to settle on ${src}`);
  return el;
}

const base64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
/** A URL the test server answers with exactly these bytes and this Content-Type. */
const served = (name: string, bytes: Uint8Array, type: string, delay = 0) =>
  `/__bytes__/${name}?${new URLSearchParams({ b64: base64(bytes), type, ...(delay ? { delay: String(delay) } : {}) })}`;

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[i * 2 + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[i * 2 + (order === 'le' ? 1 : 0)] = u >> 8;
  });
  return out;
}
/** Windows-1251 for Russian text: А–я at 0xC0–0xFF, Ё and ё, ASCII as is. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (c === 'Ё') return 0xa8;
    if (c === 'ё') return 0xb8;
    throw new Error(`not in the test's cp1251 table: ${c}`);
  }));
}

const chips = (el: Element) => texts(el, '.chip-label');
const brandsCsv = (d: string) => `brand${d}country${d}source\r\nЛада${d}Россия${d}Тест\r\nЁлка${d}Республика Казахстан${d}Тест\r\n`;

describe('src: delimiters', () => {
  for (const [name, d] of [['comma', ','], ['semicolon', ';'], ['tab', '\t']] as const) {
    it(`reads a ${name}-separated file`, async () => {
      const el = await read('kz-brands', served('brands.csv', utf8(brandsCsv(d)), 'text/csv'));
      expect(chips(el)).to.deep.equal(['Лада', 'Ёлка']);
    });
  }

  it('a semicolon file quotes cells holding semicolons and decimal commas as Excel writes them', async () => {
    const csv = 'period_from;share_percent;source\n2016-03;24,5;"Комитет; данные"\n2017-03;"31,5";Тест\n';
    const el = await read('kz-plant-share', served('share.csv', utf8(csv), 'text/csv'));
    expect(drawn(el), errorText(el)).to.equal(true);
    expect(el.shadowRoot!.textContent).to.include('Комитет; данные');
  });

  it('a header that does not match names the delimiter it was split at, in each language', async () => {
    const cases = [
      ['en', 'brand|country\nx|y\n', 'split at commas'],
      ['ru', 'марка;страна\nx;y\n', 'заголовок разделён по точкам с запятой'],
      ['kk', 'brand\tел\nx\ty\n', 'табуляция белгісі бойынша бөлінді'],
    ] as const;
    for (const [lang, csv, named] of cases) {
      const el = await read('kz-brands', served('brands.csv', utf8(csv), 'text/csv'), lang);
      expect(errorText(el)).to.include(named);
    }
  });

  it('property: any table written with any of the three delimiters reads back the same', () => {
    const cell = fc.string({ maxLength: 12 }).map((s) => s.replace(/^\s+|\s+$/g, ''));
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.tuple(cell, cell, cell).filter((r) => r.some((c) => c !== '')), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        (d, rows, bom, eol) => {
          const quote = (c: string) => (/["\r\n,;\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
          const text = `${bom ? '\ufeff' : ''}a${d}b${d}c${eol}${rows.map((r) => r.map(quote).join(d)).join(eol)}${eol}`;
          const parsed = parseCsv(text);
          expect(parsed.delimiter).to.equal(d);
          expect(parsed.columns).to.deep.equal(['a', 'b', 'c']);
          expect(parsed.rows.map((r) => [r.a, r.b, r.c])).to.deep.equal(rows);
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });
});

describe('src: encodings', () => {
  const text = brandsCsv(',');
  const readable: [string, Uint8Array, string][] = [
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'text/csv'],
    ['UTF-8 without a charset', utf8(text), 'application/octet-stream'],
    ['UTF-16 LE with a BOM', utf16(text, 'le', true), 'text/csv'],
    ['UTF-16 BE with a BOM', utf16(text, 'be', true), 'text/csv'],
    ['UTF-16 LE without a BOM', utf16(text, 'le', false), 'text/csv'],
    ['Windows-1251 named by the server', cp1251(text), 'text/csv; charset=windows-1251'],
    ['Windows-1251 named as cp1251', cp1251(text), 'text/csv; charset="cp1251"'],
    ['Windows-1251 the server calls UTF-8', cp1251(text), 'text/csv; charset=utf-8'],
    ['Windows-1251 with no charset', cp1251(text), 'text/csv'],
  ];
  for (const [name, bytes, type] of readable) {
    it(`draws ${name}`, async () => {
      const el = await read('kz-brands', served('brands.csv', bytes, type));
      expect(chips(el), errorText(el)).to.deep.equal(['Лада', 'Ёлка']);
      expect(el.shadowRoot!.textContent).to.not.include('\ufffd');
    });
  }

  it('JSON with a BOM, in UTF-8 and UTF-16', async () => {
    const json = JSON.stringify([{ brand: 'Лада', country: 'Россия' }]);
    for (const bytes of [new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)]), utf16(json, 'le', true)]) {
      const el = await read('kz-brands', served('brands.json', bytes, 'application/json'));
      expect(chips(el)).to.deep.equal(['Лада']);
    }
  });

  it('bytes that are neither UTF-8 nor Cyrillic text are refused in the widget’s language, not drawn as ����', async () => {
    // Windows-1252 "Škoda, Citroën" and bytes no text encoding makes sense of.
    const bad = [new Uint8Array([...utf8('brand,country\n'), 0x8a, ...utf8('koda,Citro'), 0xeb, ...utf8('n\n')]), new Uint8Array([...utf8('brand,country\n'), 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x0a]),
      // Windows-1252 "Citroën": its ë is a Cyrillic л in Windows-1251, but wedged between Latin letters.
      new Uint8Array([...utf8('brand,country\nCitro'), 0xeb, ...utf8('n,France\n')])];
    const words = { en: 'is not UTF-8 text', ru: 'не в кодировке UTF-8', kk: 'UTF-8 кодтауында емес' };
    for (const bytes of bad) {
      for (const [lang, phrase] of Object.entries(words)) {
        const el = await read('kz-brands', served('brands.csv', bytes, 'text/csv'), lang);
        expect(errorText(el)).to.include(phrase);
        expect(el.shadowRoot!.textContent).to.not.include('\ufffd');
      }
    }
  });
});

describe('src: size', function () {
  this.timeout(30_000);

  it('a 50 MB file gives the too-big message quickly, reading no more than the budget, without long tasks', async () => {
    const long: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const started = performance.now();
    const el = await read('kz-brands', '/__big__/brands.csv?mb=50', 'ru');
    const elapsed = performance.now() - started;
    observer.disconnect();
    expect(errorText(el)).to.include(`больше ${MAX_BYTES / 1024 / 1024}\u00a0МБ`);
    // The server stops once the browser cancels: a few chunks past the budget, not 50 MB.
    await new Promise((r) => setTimeout(r, 300));
    const { sent, closed } = (await (await fetch('/__big_sent__')).json()) as { sent: number; closed: boolean };
    expect(closed, 'the download was cancelled').to.equal(true);
    expect(sent).to.be.below(50 * 1024 * 1024 * 0.5);
    // A guard against a frozen page, not a benchmark on a shared machine.
    expect(elapsed).to.be.below(5000);
    expect(Math.max(0, ...long), 'longest task').to.be.below(200);
  });

  it('a file within the budget but with too many rows stops parsing at the row limit', async () => {
    const started = performance.now();
    const el = await read('kz-brands', '/__big__/brands.csv?mb=0.9');
    expect(errorText(el)).to.include('at most 60 rows, found "> 60"');
    expect(performance.now() - started).to.be.below(5000);
    const parsed = parseCsv(`a\n${'1\n'.repeat(100_000)}`, { maxRows: 60 });
    expect(parsed.rows).to.have.length(61);
    expect(parsed.truncated).to.equal(true);
  });
});

describe('CSV parsing: the worst shapes of a file within the byte budget', () => {
  it('one huge line, a million cells, a million quotes, wide rows: each parsed quickly', () => {
    const size = MAX_BYTES;
    const cases: Record<string, string> = {
      'only commas': ','.repeat(size),
      'a million cells': 'a,'.repeat(size / 2),
      'a million doubled quotes': `"${'""'.repeat(size / 2 - 1)}"`,
      'an unclosed quote': `a\n"${'x\n'.repeat(size / 2 - 1)}`,
      '500 columns a row': `${'a,'.repeat(500)}\n`.repeat(Math.floor(size / 1001)),
      'quoted cells with delimiters': `a;b\n${'"x;y";"z""w"\n'.repeat(size / 12)}`,
    };
    for (const [name, built] of Object.entries(cases)) {
      // As fetchRows has it: decoded from bytes (one flat string, not the pieces it was built of).
      const text = new TextDecoder().decode(utf8(built));
      const started = performance.now();
      const parsed = parseCsv(text, { maxRows: 500 });
      const ms = performance.now() - started;
      expect(parsed.rows.length, name).to.be.at.most(501);
      expect(parsed.columns.length, name).to.be.at.most(100);
      // A guard against quadratic or per-character work, with room for a busy machine.
      expect(ms, name).to.be.below(250);
    }
    expect(parseCsv('"a""b",c\n"x""""y"').columns).to.deep.equal(['a"b', 'c']);
    expect(parseCsv('a;b\n"x;""y""";z\n').rows).to.deep.equal([{ a: 'x;"y"', b: 'z' }]);
  });
});

describe('src: moved or removed while loading', () => {
  const csv = utf8(brandsCsv(';'));

  it('removed during the load and appended again: fetches again and draws', async () => {
    const el = await mountSrc('kz-brands', served('brands.csv', csv, 'text/csv', 300));
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    parent.append(el);
    await until(() => drawn(el), 'the re-appended widget to draw');
    expect(chips(el)).to.deep.equal(['Лада', 'Ёлка']);
  });

  it('moved to another container in the same task: draws', async () => {
    const el = await mountSrc('kz-brands', served('brands.csv', csv, 'text/csv', 300));
    const other = document.createElement('div');
    el.parentElement!.after(other);
    other.append(el);
    await until(() => drawn(el), 'the moved widget to draw');
    other.remove();
  });

  it('removed after it loaded and appended again: draws at once, without a new request', async () => {
    const src = served('brands.csv', csv, 'text/csv');
    const el = await read('kz-brands', src);
    const requests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/__bytes__/')).length;
    const before = requests();
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(drawn(el)).to.equal(true);
    expect(requests()).to.equal(before);
  });
});

describe('src: what is not a data file', () => {
  const pages = [
    ['a login wall at a .csv', 'data.csv', '<!DOCTYPE html><html><body><form>Sign in</form></body></html>', 'text/html; charset=utf-8'],
    ['an HTML page sent as text/plain at a .json', 'data.json', '\n  <html><head><title>Login</title></head></html>', 'text/plain'],
    ['an HTML page sent as JSON', 'data.json', '<!doctype html><p>Error</p>', 'application/json'],
  ];
  const words = { en: 'returned a web page (a sign-in or error page?), not a data file', ru: 'открывается не файл данных, а веб-страница (возможно, страница входа или ошибки)', kk: 'деректер файлы емес, веб-бет ашылады' };
  for (const [name, file, body, type] of pages) {
    it(`${name} is named as a web page`, async () => {
      for (const [lang, phrase] of Object.entries(words)) {
        const el = await read('kz-brands', served(file, utf8(body), type), lang);
        expect(errorText(el)).to.include(phrase);
        expect(errorText(el)).to.not.match(/column|столбец|баған/i);
      }
    });
  }

  it('a password in src is never shown, in the widget or on the console', async () => {
    const srcs = [
      'https://editor:s3cret-pw@example.com/data.csv',
      'http://editor:s3cret-pw@127.0.0.1:9/x.json',
      '//editor:s3cret-pw@example.com/data.csv',
      'ftp://editor:s3cret-pw@example.com/data.csv',
      'https://editor:s3cret-pw@exa mple.com/data.csv',
      'ftp://editor:s3cret@pw@example.com/data.csv',
      'https://editor:s3cret@pw@exa mple.com/data.csv',
      '/__bytes__/data.csv?type=text/html&next=https://editor:s3cret-pw@example.com/',
    ];
    for (const lang of ['en', 'ru', 'kk']) {
      for (const src of srcs) {
        let el!: AnyChart;
        const logged = await captureConsole(async () => {
          el = await read('kz-brands', src, lang);
        });
        const shown = `${el.shadowRoot!.textContent} ${logged.join(' ')}`;
        expect(shown, src).to.not.match(/s3cret|pw@/);
        expect(errorText(el), src).to.not.equal('');
      }
    }
  });
});

describe('numbers in a file', () => {
  const dealer = (value: string, previous = '38800') =>
    `series,period_from,period_to,value,previous_period_from,previous_period_to,previous_value,source\n` +
    `dealer-sales,2017-01,2017-11,"${value}",2016-01,2016-11,"${previous}",Test\n`;

  it('a comma between thousands is refused, naming the value and suggesting it without commas', async () => {
    const cases = [
      ['en', '88,400', '88400', 'without commas between thousands'],
      ['ru', '1,234,567', '1234567', 'без запятых между разрядами'],
      ['kk', '12,000.5', '12000.5', 'разрядтар арасында үтірі жоқ'],
    ];
    for (const [lang, value, suggest, words] of cases) {
      const el = await read('kz-dealer-sales', served('d.csv', utf8(dealer(value!)), 'text/csv'), lang);
      expect(errorText(el)).to.include(value).and.to.include(suggest).and.to.include(words);
    }
    // A decimal comma with other than three digits stays a decimal comma.
    const el = await read('kz-dealer-sales', served('d.csv', utf8(dealer('41000,5')), 'text/csv'));
    expect(drawn(el), errorText(el)).to.equal(true);
  });

  it('NaN, infinities and numbers that would overflow a sum or a ratio are refused with a row message', async () => {
    const values = ['NaN', 'Infinity', '-Infinity', '+inf', '1e309', '1e308', '-1e308', '5e-324', '1e-300'];
    for (const value of values) {
      for (const [where, csv] of [['value', dealer(value)], ['base', dealer('41000', value)]]) {
        const el = await read('kz-dealer-sales', served('d.csv', utf8(csv!), 'text/csv'));
        expect(errorText(el), `${value} as ${where}`).to.include(`found "${value}"`).and.to.include('zero or a number from 10⁻⁹ to 10¹⁵ in size');
        expect(drawn(el), `${value} as ${where}`).to.equal(false);
      }
    }
  });
});

describe('decoding bytes', () => {
  it('property: any bytes decode or are refused, never throw; UTF-8 text round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(undefined, 'utf-8', 'windows-1251', 'utf-16le', 'koi8-r'), (bytes, charset) => {
        const decoded = decodeBytes(bytes, charset);
        if (decoded.ok) expect(decoded.text).to.be.a('string');
      }),
      { numRuns: 500, seed: 3 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const decoded = decodeBytes(utf8(text));
        expect(decoded.ok).to.equal(true);
        if (decoded.ok && !text.includes('\0')) expect(decoded.text).to.equal(text.replace(/^\ufeff/, ''));
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
