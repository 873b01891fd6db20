import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { ChartElement } from '../src/elements/chart-element.js';
import { parseCsv } from '../src/data/csv.js';
import { captureConsole, downloadCsv, drawn, errorText, mount, NBSP, settled, text, texts, until } from './helpers.js';

type AnyChart = ChartElement<unknown, unknown>;


/** Mounts `<tag attrs>` (in English unless attrs set a language). */
const mountTag = (tag: string, attrs = '') =>
  mount<AnyChart>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(/\blang=/.test(attrs) ? attrs : `lang="en" ${attrs}`)}></${unsafeStatic(tag)}>`);

/** Mounts an element, sets its `data` property, and waits for the redraw. */
async function withData(tag: string, data: unknown, attrs = ''): Promise<AnyChart> {
  const el = await mountTag(tag, attrs);
  // Pages without types hand over anything; the widget checks it at run time.
  el.data = data as AnyChart['data'];
  await el.updateComplete;
  return el;
}

/** Mounts an element with a `src` and waits until it has drawn or explained. */
async function withSrc(tag: string, src: string, attrs = ''): Promise<AnyChart> {
  const el = await mountTag(tag, `${attrs} src="${src}"`);
  await until(() => settled(el), `${tag} to load ${src}`);
  return el;
}

describe('a newsroom’s own data', () => {
  describe('the data property, for every widget', () => {
    it('kz-auto-yoy draws 2017 rows and sums the total when no total row is given', async () => {
      const rows = [
        { segment: 'passenger-cars', period_from: '2017-01', period_to: '2017-11', value: 9000, previous_period_from: '2016-01', previous_period_to: '2016-11', previous_value: 8157 },
        { segment: 'trucks', period_from: '2017-01', period_to: '2017-11', value: 1500, previous_period_from: '2016-01', previous_period_to: '2016-11', previous_value: 1500 },
      ];
      const el = await withData('kz-auto-yoy', rows);
      expect(text(el, '.headline')).to.equal('10,500 vehicles produced in all');
      expect(texts(el, '.category')).to.deep.equal(['Passenger cars +10.3%', 'Trucks 0%', 'All vehicles +8.7%']);
      expect(texts(el, '.annotation')).to.deep.equal(['+10.3%', '0%', '+8.7%']);
    });

    it('kz-plant-share reads shares written with a decimal comma, and years', async () => {
      const share = await withData('kz-plant-share', [{ period_from: '2017-03', share_percent: '31,5' }, { period_from: 2018, share_percent: 40 }]);
      expect(text(share, '.title')).to.equal('Kazakhstan-assembled cars’ share of official sales rose from 31.5% to 40%');
    });

    it('kz-output-value draws its points and leaves out the bundled annotations', async () => {
      const value = await withData('kz-output-value', [
        { period_from: '2015', value: 80e9, currency: 'KZT' },
        { period_from: '2017', value: 120e9, currency: 'kzt' },
      ]);
      expect(texts(value, '.value')).to.deep.equal(['80 billion tenge', '120 billion tenge']);
      // The bundled annotations describe the bundled figures only.
      expect(texts(value, '.note')).to.deep.equal([]);
    });

    it('kz-recovery titles the year of the data', async () => {
      const recovery = await withData('kz-recovery', [
        { kind: 'sector', period_from: '2017-01', period_to: '2017-03', change_percent: -10 },
        { kind: 'sector', period_from: '2017-01', period_to: '2017-06', change_percent: -4 },
      ]);
      expect(text(recovery, '.title')).to.equal('Vehicle production’s fall eased from 10% to 4% as 2017 went on');
      expect(text(recovery, '.headline')).to.equal('');
    });

    it('kz-brands groups the rows by country', async () => {
      const brands = await withData('kz-brands', [
        { brand: 'Chery', country: 'China' },
        { brand: 'JAC', country: 'China', plant: 'Allur' },
        { brand: 'Lada', country: 'Russia' },
      ]);
      expect(text(brands, '.title')).to.equal('Cars of 3 brands from 2 countries are assembled in Kazakhstan');
      expect(texts(brands, '.chip-label')).to.deep.equal(['Chery', 'JAC', 'Lada']);
    });

    it('kz-plants-map puts one marker per place, with every line of its figures', async () => {
      const map = await withData('kz-plants-map', [
        { name: 'Allur', city: 'Kostanay', latitude: 53.21, longitude: 63.63, figure: 'Line one' },
        { name: 'Allur', city: 'Kostanay', latitude: 53.21, longitude: 63.63, figure: 'Line two' },
        { name: 'Hyundai Trans Kazakhstan', city: 'Almaty', latitude: 43.24, longitude: 76.89 },
      ]);
      expect(map.shadowRoot!.querySelectorAll('.marker[data-mark]').length).to.equal(2);
      // The first line labels the marker; every line is in its name and tooltip.
      expect(texts(map, '.place text')).to.deep.equal(['Kostanay', 'Line one', 'Almaty']);
      expect(map.shadowRoot!.querySelector('[data-mark]')!.getAttribute('aria-label')).to.equal('Allur, Kostanay. Line one. Line two');
    });

    it('kz-fact picks its row by id', async () => {
      const fact = await withData('kz-fact', [{ id: 'sales', label: 'Cars sold', value: 41000, unit: 'vehicles', period_from: '2017' }], 'fact="sales"');
      expect(text(fact, '.big-number')).to.equal('41 thousand vehicles');
      expect(text(fact, '.subtitle')).to.equal('2017');
    });

    it('shows text from data as text, never as HTML', async () => {
      const el = await withData('kz-brands', [{ brand: '<img src=x onerror="window.__pwned=1">', country: '<b>Bold</b>' }]);
      expect(texts(el, '.chip-label')[0]).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(text(el, '.category')).to.equal('<b>Bold</b>');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('takes precedence over src, which takes precedence over the bundled data', async () => {
      const el = await withSrc('kz-plant-share', '/test/fixtures/plant-share.json', 'lang="en"');
      expect(text(el, '.title')).to.contain('from 24% to 31.5%');
      expect(text(el, '.source')).to.equal('Source: Test fixture');
      el.data = [{ period_from: '2010-03', share_percent: 5 }, { period_from: '2011-03', share_percent: 6 }];
      await el.updateComplete;
      expect(text(el, '.title')).to.contain('from 5% to 6%');
      el.data = undefined;
      await el.updateComplete;
      expect(text(el, '.title')).to.contain('from 24% to 31.5%');
      el.removeAttribute('src');
      await el.updateComplete;
      expect(text(el, '.title')).to.contain('from 11% to 24%');
    });
  });

  describe('src', () => {
    it('draws a CSV file, says so while loading, and keeps the reserved height meanwhile', async () => {
      const el = await mount<AnyChart>(html`<kz-dealer-sales lang="ru" src="/__slow__?ms=300"></kz-dealer-sales>`);
      expect(text(el, '[part="loading"]')).to.equal('Загрузка данных…');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
      el.src = '/test/fixtures/dealer-sales.csv';
      await until(() => drawn(el), 'csv drawn');
      expect(texts(el, '.value')).to.deep.equal([`38,8${NBSP}тыс.`, `41${NBSP}тыс.`, `8${NBSP}157`, `9${NBSP}100`]);
      expect(texts(el, '.annotation')).to.deep.equal(['+5,7\u00a0%', '+11,6\u00a0%']);
      expect(text(el, '.source')).to.equal('Источник: Test fixture');
    });

    it('reads back its own CSV download as the same chart, for every widget', async () => {
      for (const [tag, attrs] of [
        ['kz-auto-yoy', ''],
        ['kz-plant-share', ''],
        ['kz-dealer-sales', ''],
        ['kz-output-value', 'annotations="none"'],
        ['kz-recovery', ''],
        ['kz-plants-map', ''],
        ['kz-brands', ''],
        ['kz-fact', 'fact="dealer-sales-2016" compare="dealer-sales-2015"'],
      ] as const) {
        const original = await withData(tag, undefined, attrs);
        const csv = await downloadCsv(original);
        const copy = await withData(tag, parseCsv(csv.replace(/^\ufeff/, '')), attrs);
        expect(errorText(copy), tag).to.equal('');
        const shown = (el: Element) => [text(el, '.title'), ...texts(el, 'svg.plot text'), text(el, 'table')];
        // Plant names come back as written in the download's language, so compare in English.
        expect(shown(copy), tag).to.deep.equal(shown(original));
        // Out of the way, so the next pair is in view (widgets draw as they come near).
        original.parentElement!.remove();
        copy.parentElement!.remove();
      }
    });
  });

  describe('every failure has its own message, in the widget’s language and on the console', () => {
    const cases: [string, string, string, RegExp][] = [
      ['fetch failure', 'kz-plant-share', 'http://127.0.0.1:9/data.json', /Could not load the data from http:\/\/127\.0\.0\.1:9\/data\.json \(Failed to fetch\)/],
      ['404', 'kz-plant-share', '/test/fixtures/missing.csv', /The data file was not found at http:\/\/[^ ]+\/test\/fixtures\/missing\.csv \(404\)\./],
      ['non-JSON body', 'kz-plant-share', '/test/fixtures/truncated.json', /is not valid JSON \(.+\)\. Give JSON rows or a CSV file\./],
      ['timeout', 'kz-plant-share', '/__slow__?ms=3000" src-timeout="300', /did not arrive within 0\.3 seconds\./],
      ['empty table', 'kz-plant-share', '/test/fixtures/empty.csv', /The data file has 1 problem: The data: expected at least one row \(the table is empty\), found "0"\./],
      ['negative count', 'kz-auto-yoy', '/test/fixtures/negative.csv', /Row 1, "previous_value": expected a number of zero or more \(a count cannot be negative\), found "-8157"\./],
      ['bad URL', 'kz-plant-share', 'javascript:alert(1)', /The src "javascript:alert\(1\)" is not a web address/],
    ];
    for (const [name, tag, src, message] of cases) {
      it(name, async () => {
        let el!: AnyChart;
        const calls = await captureConsole(async () => {
          el = await withSrc(tag, src);
        });
        expect(text(el, '.error strong')).to.equal('This chart cannot be shown');
        expect(errorText(el)).to.match(message);
        expect(calls.some((c) => message.test(c)), calls.join('\n')).to.equal(true);
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
      });
    }

    it('a share above 100 % and a schema error name the row, field, expectation and value, in Kazakh and Russian', async () => {
      const kk = await mount<AnyChart>(html`<kz-plant-share lang="kk"></kz-plant-share>`);
      kk.data = [{ period_from: '2016-03', share_percent: 24 }, { period_from: '2017-3', share_percent: 140 }];
      await kk.updateComplete;
      expect(texts(kk, '.error p')).to.deep.equal([
        'data қасиетінде 2 қате бар:',
        '2-жол, «period_from»: күтілгені — ЖЖЖЖ-АА түріндегі ай немесе ЖЖЖЖ түріндегі жыл, табылғаны — «2017-3».',
        '2-жол, «share_percent»: күтілгені — 0-ден 100 %-ға дейінгі үлес, табылғаны — «140».',
      ]);
      const ru = await mount<AnyChart>(html`<kz-auto-yoy lang="ru"></kz-auto-yoy>`);
      ru.data = { rows: 'not a list' } as unknown as AnyChart['data'];
      await ru.updateComplete;
      expect(texts(ru, '.error p')).to.deep.equal([
        'В свойстве data найдена 1 ошибка:',
        // Russian quotes round a name, as everywhere in the Russian copy.
        'Данные: требуется список строк или объект со списком «rows», найдено «an object».',
      ]);
    });

    it('lists the first five problems of a long table and counts the rest', async () => {
      const el = await withData('kz-plant-share', Array.from({ length: 9 }, () => ({ period_from: 'x', share_percent: 1 })));
      const lines = texts(el, '.error p');
      expect(lines[0]).to.equal('The data property has 9 problems:');
      expect(lines).to.have.length(7);
      expect(lines[6]).to.equal('…and 4 more.');
    });

    it('keeps the page around it working', async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        await withSrc('kz-plant-share', '/test/fixtures/truncated.json');
        const next = await mount<AnyChart>(html`<kz-brands lang="en"></kz-brands>`);
        expect(drawn(next)).to.equal(true);
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  });

  it('formats numbers in the reader’s language from data given as text', async () => {
    const el = await withData('kz-fact', [{ id: 'a', label: 'Займы', value: '30 900 000 000', unit: 'kzt', qualifier: 'almost' }], 'fact="a" lang="kk"');
    expect(text(el, '.big-number')).to.equal(`30,9${NBSP}млрд${NBSP}теңгеге жуық`);
  });
});
