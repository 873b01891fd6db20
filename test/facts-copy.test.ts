import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { LitElement } from 'lit';
import { NBSP, downloadCsv, drawn, mountTag as mountOffscreen, text, texts, until } from './helpers.js';

/**
 * Mounts a widget, brings it into view and waits until it is drawn: widgets further down a long
 * test page draw only when they come near the viewport, and a test must never read an empty one.
 */
/** A widget drawn from a newsroom's own rows. */
async function mountOffscreenData(tag: string, rows: object[]): Promise<LitElement> {
  const el = await mountOffscreen(tag, 'lang="en"');
  (el as LitElement & { data: unknown }).data = rows;
  el.scrollIntoView();
  await until(() => drawn(el) && !text(el, '.subtitle').includes('2015'), `${tag} drawn from rows`);
  await el.updateComplete;
  return el;
}

async function mountTag(tag: string, attrs: string): Promise<LitElement> {
  const el = await mountOffscreen(tag, attrs);
  el.scrollIntoView();
  await until(() => drawn(el), `${tag} ${attrs} drawn`);
  return el;
}

/** The rows of the data table as a reader of a screen reader meets them: header, then cells. */
const tableRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) =>
    [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );

describe('facts and labels: what the reader is told about each figure', () => {
  describe('exact derived values are not estimates', () => {
    it('prints the 363 vehicles in no named type as a count, not "≈", not "Estimate"', async () => {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        const el = await mountTag('kz-fact', `lang="${lang}" fact="unassigned-production-2016"`);
        expect(text(el, '.big-number'), lang).to.match(/^363\s/);
        const read = el.shadowRoot!.textContent!;
        expect(read, lang).to.not.contain('≈');
        expect(read, lang).to.not.match(/Estimate|Оценка|бағалау/);
      }
    });

    it('prints the +13 point share change as arithmetic on printed shares', async () => {
      const el = await mountTag('kz-fact', 'lang="en" fact="local-share-change-2016-03"');
      expect(text(el, '.big-number')).to.equal('+13 percentage points');
      expect(el.shadowRoot!.textContent).to.not.match(/Estimate|≈/);
    });

    it('says "computed exactly", not "reported" nor "estimate", when a mark of exact arithmetic is focused', async () => {
      const STATUS = { en: 'Computed exactly from reported figures', ru: 'Точный расчёт по опубликованным данным', kk: 'Жарияланған деректерден дәл есептелген' };
      const statusOf = async (el: LitElement, index: number) => {
        const mark = el.shadowRoot!.querySelectorAll<SVGElement>('[data-mark]')[index]!;
        mark.focus();
        await el.updateComplete;
        return text(el, '.tooltip-status');
      };
      for (const lang of ['en', 'ru', 'kk'] as const) {
        // 89 % of March 2015 is 100 % − 11 %: exact, as the 11 % beside it is reported.
        const share = await mountTag('kz-plant-share', `lang="${lang}"`);
        const statuses: string[] = [];
        for (let i = 0; i < 4; i++) statuses.push(await statusOf(share, i));
        // Two reported shares (11 %, 24 %) and the two rests computed from them.
        expect(statuses.filter((s) => s === STATUS[lang]), `${lang}: ${statuses.join(' | ')}`).to.have.length(2);
        expect(statuses.filter((s) => /Estimate|Оценка|бағалау/.test(s)), lang).to.deep.equal([]);
        const gap = await mountTag('kz-fact', `lang="${lang}" fact="unassigned-production-2016"`);
        expect(await statusOf(gap, 0), lang).to.equal(STATUS[lang]);
      }
    });
  });

  describe('derived estimates are rounded to what their inputs allow', () => {
    it('shows ≈10 800 passenger cars and ≈13 000 vehicles in 2015, in the chart, the table and the summary', async () => {
      const en = await mountTag('kz-auto-yoy', 'lang="en"');
      expect(texts(en, 'svg.plot .value')).to.include('≈10,800');
      const rows = tableRows(en);
      expect(rows[0]!.slice(0, 2)).to.deep.equal(['Passenger cars', '≈10,800']);
      expect(rows.find((r) => r[0] === 'All vehicles' || r[0] === 'Total')?.[1]).to.equal('≈13,000');
      expect(en.shadowRoot!.textContent).to.not.match(/10,804|12,981/);
      const ru = await mountTag('kz-dealer-sales', 'lang="ru"');
      expect(texts(ru, 'svg.plot .value')).to.include(`≈10${NBSP}800`);
    });

    it('writes the rounded estimates, never 10803.973509933774, into the CSV downloads', async () => {
      const yoy = await downloadCsv(await mountTag('kz-auto-yoy', 'lang="en"'));
      expect(yoy).to.not.match(/10803\.97|12980\.7|195\.06/);
      expect(yoy).to.match(/,10800,/);
      expect(yoy).to.match(/,13000,/);
      const dealer = await downloadCsv(await mountTag('kz-dealer-sales', 'lang="en"'));
      expect(dealer).to.not.contain('10803.97');
      expect(dealer).to.match(/,10800,/);
      // The example files a newsroom starts from, next to the demo.
      for (const file of ['kz-auto-yoy.csv', 'kz-auto-yoy.json', 'kz-dealer-sales.csv', 'kz-dealer-sales.json']) {
        const body = await (await fetch(`/demo/data/${file}`)).text();
        expect(body, file).to.not.match(/10803\.97|12980\.7|195\.06/);
        expect(body, file).to.match(/10800/);
      }
      const card = await downloadCsv(await mountTag('kz-fact', 'lang="en" fact="production-2015-est"'));
      expect(card).to.not.contain('12980.7');
      expect(card).to.match(/,13000,/);
    });
  });

  describe('dealer sales: estimates marked per mark, not per year', () => {
    it('keys the reported 88.4 thousand as 2015 and only the production estimate as "est."', async () => {
      const en = await mountTag('kz-dealer-sales', 'lang="en"');
      expect(texts(en, '.legend li')).to.deep.equal(['2015', '2015 (est.)', '2016']);
      // The hatched key sits beside the hatched bar only: the sales bar of 2015 is drawn plain.
      const bars = [...en.shadowRoot!.querySelectorAll('svg.plot rect[data-mark]')].map((r) => r.getAttribute('class'));
      expect(bars[0]).to.contain('bar--other');
      expect(bars[2]).to.contain('bar--estimate');
      expect(en.shadowRoot!.querySelectorAll('table thead th')[1]!.textContent).to.equal('2015');
      expect(tableRows(en)).to.deep.equal([
        ['Sold by official dealers', '88.4 thousand', '38.8 thousand', '−56%'],
        ['Produced in Kazakhstan', '≈10,800', '8,157', '−24.5%'],
      ]);
      expect(text(en, '.note')).to.equal(
        'Note: Passenger-car production in January–November 2015 (≈) is an estimate, computed from the 2016 figure and its year-on-year change.',
      );
      for (const lang of ['ru', 'kk']) {
        const el = await mountTag('kz-dealer-sales', `lang="${lang}"`);
        expect(texts(el, '.legend li'), lang).to.have.length(3);
        expect(texts(el, '.legend li')[0], lang).to.equal('2015');
        expect(text(el, '.note'), lang).to.not.match(/Значения 2015 года|2015 жылғы мәндер/);
      }
    });

    it('marks a newsroom’s mixed year before per mark too: a plain key, a hatched key, a plain header', async () => {
      const el = await mountOffscreenData('kz-auto-yoy', [
        { segment: 'passenger-cars', period_from: '2017-01', period_to: '2017-06', value: 21, previous_period_from: '2016-01', previous_period_to: '2016-06', previous_value: 5, previous_is_estimate: true },
        { segment: 'trucks', period_from: '2017-01', period_to: '2017-06', value: 1000, previous_period_from: '2016-01', previous_period_to: '2016-06', previous_value: 2 },
      ]);
      expect(texts(el, '.legend li')).to.deep.equal(['2016', '2016 (est.)', '2017']);
      expect(el.shadowRoot!.querySelectorAll('table thead th')[1]!.textContent).to.equal('2016');
      expect(texts(el, '.note')).to.deep.equal(['Note: Values marked ≈ are estimates derived from the reported figures and their year-on-year changes.']);
    });

    it('says January–November in the summary, never "in 2015" for an eleven-month total', async () => {
      const en = await mountTag('kz-dealer-sales', 'lang="en"');
      const summary = text(en, '#summary');
      expect(summary).to.contain('88.4 thousand cars in January–November 2015, 38.8 thousand cars in January–November 2016');
      expect(summary).to.not.match(/ in 201[56][,) ]/);
      const ru = await mountTag('kz-dealer-sales', 'lang="ru"');
      expect(text(ru, '#summary')).to.contain(`за январь–ноябрь 2015${NBSP}года`);
      expect(text(ru, '#summary')).to.not.match(/в 201[56] году/);
      const kk = await mountTag('kz-dealer-sales', 'lang="kk"');
      expect(text(kk, '#summary')).to.contain(`2015${NBSP}жылғы қаңтар–қараша`);
      expect(text(kk, '#summary')).to.not.match(/201[56] жылы/);
    });
  });

  describe('derived fact cards', () => {
    it('show the arithmetic with its figures and credit the article the inputs come from', async () => {
      const est = await mountTag('kz-fact', 'lang="en" fact="passenger-production-2015-est"');
      expect(text(est, '.big-number')).to.equal('≈10,800 cars');
      expect(texts(est, 'svg.plot .value')).to.deep.equal(['Estimate: 8,157 ÷ (100% − 24.5%)']);
      expect(text(est, '.source')).to.equal('Source: Vremya Vostoka (computed)');
      const gap = await mountTag('kz-fact', 'lang="ru" fact="unassigned-production-2016"');
      expect(texts(gap, 'svg.plot .value').join(' ')).to.equal(`Расчёт: 10${NBSP}125 − (8${NBSP}157 + 1${NBSP}431 + 174)`);
      expect(text(gap, '.source')).to.equal('Источник: «Время Востока» (расчёт)');
      const share = await mountTag('kz-fact', 'lang="kk" fact="local-share-change-2016-03"');
      expect(texts(share, 'svg.plot .value').join(' ')).to.equal(`Есеп: 24${NBSP}% − 11${NBSP}%`);
      expect(text(share, '.source')).to.equal('Дереккөз: inform.kz (есептеу)');
      for (const el of [est, gap, share]) expect(text(el, '.source')).to.not.contain('—');
    });
  });

  describe('periods', () => {
    it('gives the share change both months, the employment card no year, the zone cost no "as planned"', async () => {
      const share = await mountTag('kz-fact', 'lang="en" fact="local-share-change-2016-03"');
      expect(text(share, '.subtitle')).to.equal('March 2015 to March 2016');
      const shareRu = await mountTag('kz-fact', 'lang="ru" fact="local-share-change-2016-03"');
      expect(text(shareRu, '.subtitle')).to.equal('с марта 2015 по март 2016 года');
      const shareKk = await mountTag('kz-fact', 'lang="kk" fact="local-share-change-2016-03"');
      expect(text(shareKk, '.subtitle')).to.equal(`2015${NBSP}жылғы наурыздан 2016${NBSP}жылғы наурызға дейін`);
      for (const lang of ['en', 'ru', 'kk']) {
        const jobs = await mountTag('kz-fact', `lang="${lang}" fact="employment"`);
        expect(text(jobs, '.subtitle'), lang).to.not.contain('2015');
        expect(text(jobs, '.title') + text(jobs, '#summary'), lang).to.not.match(/2015(?! ж)/);
        const zone = await mountTag('kz-fact', `lang="${lang}" fact="kostanay-industrial-zone-cost"`);
        expect(text(zone, '.subtitle'), lang).to.not.match(/as planned|по плану|жоспарланған/);
      }
      expect(text(await mountTag('kz-fact', 'lang="en" fact="employment"'), '.subtitle')).to.equal('year not given');
    });
  });

  describe('attribution', () => {
    it('gives the 25 thousand cars, the seven brands and the zone to Kostanay, not to the SaryarkaAvtoProm plant', async () => {
      const expected = {
        en: ['Kostanay as a whole, not this plant alone:', 'with the figures given for each plant or for its city'],
        ru: ['Костанай в целом, не только этот завод:', 'о каждом заводе или о его городе'],
        kk: ['Қостанай қаласы бойынша, тек осы зауыт емес:', 'әр зауыт не ол тұрған қала'],
      };
      for (const [lang, [heading, subtitle]] of Object.entries(expected)) {
        const el = await mountTag('kz-plants-map', `lang="${lang}"`);
        expect(text(el, '.subtitle'), lang).to.contain(subtitle);
        const lines = [...el.shadowRoot!.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('aria-label')).join(' ');
        // Every Kostanay figure comes after the city's heading, none under the plant's name alone.
        expect(lines.indexOf(heading!.replace(/:$/, '')), lang).to.be.greaterThan(-1);
        expect(lines.indexOf(heading!.replace(/:$/, '')), lang).to.be.lessThan(lines.search(/25|7 /));
        // On the map the city's figure is labelled with the city, not the plant.
        expect(texts(el, '.place .place-label'), lang).to.not.include.members(['SaryarkaAvtoProm', 'СарыаркаАвтоПром']);
        const row = tableRows(el).find((r) => /Sary|Сары/.test(r[0]!))!;
        expect(row[1], lang).to.match(new RegExp(`^${heading!.replace(/[()]/g, '.')}`));
      }
    });
  });

  describe('conflicts shown where the figure is charted', () => {
    it('puts the article’s own “80 млрд долларды” beside the 80 billion tenge bar by default, in every language', async () => {
      const expected = {
        en: 'Note: The article also gives this 2015 figure as 80 billion dollars; both cannot be right.',
        ru: 'Примечание. В статье этот же показатель за 2015 год назван и как «80\u00a0млрд\u00a0долларов»; оба значения не могут быть верными.',
        kk: `Ескертпе: Мақалада 2015${NBSP}жылғы осы көрсеткіш «80${NBSP}млрд${NBSP}доллар» деп те берілген; екеуі бірдей дұрыс бола алмайды.`,
      };
      for (const [lang, note] of Object.entries(expected)) {
        const el = await mountTag('kz-output-value', `lang="${lang}"`);
        expect(texts(el, '.note'), lang).to.include(note);
      }
    });

    it('adds the 363 vehicles in no named type to the production table, so its rows add up to 10 125', async () => {
      const el = await mountTag('kz-auto-yoy', 'lang="en"');
      const rows = tableRows(el);
      expect(rows.find((r) => r[0] === 'Other, not broken down by type')).to.deep.equal(['Other, not broken down by type', '—', '363', '—']);
      const body = rows.filter((r) => r[0] !== 'All vehicles').reduce((a, r) => a + Number(r[2]!.replace(/,/g, '')), 0);
      expect(body).to.equal(10_125);
      const ru = await mountTag('kz-auto-yoy', 'lang="ru" mode="change"');
      expect(tableRows(ru).map((r) => r[0])).to.include('Прочая техника, без разбивки по видам');
    });

    it('calls 110–120 % a year, the 62 % average and the fivefold rise a conflict, not a wording question', async () => {
      const chart = await mountTag('kz-output-value', 'lang="en"');
      expect(texts(chart, '.note').join(' ')).to.contain('They cannot all be right.');
      const card = await mountTag('kz-fact', 'lang="ru" fact="growth-rate-recent"');
      expect(text(card, '.note')).to.contain('не сходится ни со средним темпом 62\u00a0%');
      expect(text(card, '.note')).to.contain('с 16 до 80\u00a0млрд\u00a0тенге');
      const kk = await mountTag('kz-fact', 'lang="kk" fact="average-growth-2010-2015"');
      expect(text(kk, '.note')).to.contain('Үшеуі бірдей дұрыс бола алмайды.');
    });
  });

  describe('output value in nominal tenge', () => {
    it('says the tenge are not adjusted for inflation', async () => {
      const expected = {
        en: 'Note: Values in tenge of each year, not adjusted for inflation.',
        ru: 'Примечание. В тенге соответствующего года, без поправки на инфляцию.',
        kk: 'Ескертпе: Әр жылдың теңгесімен, инфляцияға түзетілмеген.',
      };
      for (const [lang, note] of Object.entries(expected)) {
        const el = await mountTag('kz-output-value', `lang="${lang}" annotations="none"`);
        expect(texts(el, '.note'), lang).to.include(note);
      }
    });
  });

  describe('reader notes', () => {
    it('speak to readers, not to the desk', async () => {
      for (const lang of ['en', 'ru', 'kk']) {
        const el = await mountTag('kz-recovery', `lang="${lang}"`);
        const notes = texts(el, '.note').join(' ');
        expect(notes, lang).to.not.match(/cannot be checked|проверить нельзя|тексеру мүмкін емес|Restates|Повторяет|қайталайды|paragraph|абзац/);
      }
      for (const [lang, fact] of [['en', 'production-value-2015-usd'], ['ru', 'production-value-2015-usd'], ['kk', 'production-value-2015-usd'], ['en', 'unassigned-production-2015-est']]) {
        const card = await mountTag('kz-fact', `lang="${lang}" fact="${fact}"`);
        expect(text(card, '.note'), `${lang} ${fact}`).to.not.match(/sentence before|Предыдущее предложение|Алдыңғы сөйлем|estimate built from estimates/);
      }
      const en = await mountTag('kz-recovery', 'lang="en"');
      expect(texts(en, '.note')).to.deep.equal([
        // Each note is led by the bar it is about.
        'Note: January–June 2016 (−56%). The article gives no source for this figure and no output figures for the first half. It is the same 56% as the fall in dealer sales over eleven months.',
        'Note: January–November 2016 (−22%). This is the fall over all eleven months, not over the second half alone.',
      ]);
    });
  });

  describe('claims the articles do not make', () => {
    it('gives the brands as the article’s examples, Lada at Asia Auto as a plan, and no “cars” for a truck maker', async () => {
      const en = await mountTag('kz-brands', 'lang="en"');
      expect(text(en, '.title')).to.equal('Vehicles of 7 brands from 5 countries are among those assembled in Kazakhstan');
      expect(text(en, '.subtitle')).to.equal('Brands the source gives as examples of those assembled in Kazakhstan, by country of origin');
      expect(texts(en, '.legend li')).to.deep.equal(['Plant named in the source, as a plan', 'Plant not named in the source']);
      expect(tableRows(en).find((r) => r[0] === 'Lada')).to.deep.equal(['Lada', 'Russia', 'Asia Auto (planned)']);
      expect(text(en, '.note')).to.equal(
        'Note: The article gives these brands as examples (“among them”), not as a full list. It names a plant only for Lada: Asia Auto said it would start building Lada models in 2016.',
      );
      const ru = await mountTag('kz-brands', 'lang="ru"');
      expect(text(ru, '.title')).to.equal('В Казахстане собирают в том числе машины 7 марок из 5 стран');
      expect(tableRows(ru).find((r) => r[0] === 'Lada')?.[2]).to.equal('«Азия Авто» (в планах)');
      expect(text(ru, '.note')).to.contain('как примеры («в их числе»), а не полный список');
      const kk = await mountTag('kz-brands', 'lang="kk"');
      expect(text(kk, '.subtitle')).to.contain('мысал ретінде атаған');
      expect(text(kk, '.note')).to.contain('«атауға болады»');
      for (const el of [en, ru, kk]) expect(el.shadowRoot!.textContent).to.not.match(/assembled at Asia Auto|Cars of/);
    });

    it('keeps a plan a plan through the CSV download', async () => {
      const csv = await downloadCsv(await mountTag('kz-brands', 'lang="en"'));
      const header = csv.split(/\r?\n/)[0]!.split(',');
      const lada = csv.split(/\r?\n/).find((l) => l.startsWith('Lada,'))!.split(',');
      expect(lada[header.indexOf('plant_is_plan')]).to.equal('true');
    });

    it('does not say “since the start of the year” of the Asia Auto bar, which is July–November and one plant', async () => {
      const expected = {
        en: 'Change in vehicles produced compared with the same months a year earlier,\u00a0%: all producers since the start of the year; Asia Auto alone, July–November 2016',
        ru: 'Изменение выпуска к тем же месяцам прошлого года,\u00a0%: все производители — с начала года, «Азия Авто» — один завод, июль–ноябрь 2016\u00a0года',
        kk: `Өндірістің өткен жылдың сол айларына қарағанда өзгерісі,${NBSP}%: барлық өндірушілер — жыл басынан бері, «Азия Авто» — бір зауыт, 2016${NBSP}жылғы шілде–қараша`,
      };
      for (const [lang, subtitle] of Object.entries(expected)) {
        const el = await mountTag('kz-recovery', `lang="${lang}"`);
        expect(text(el, '.subtitle'), lang).to.equal(subtitle);
      }
    });

    it('the demo articles give the two plants as examples, Kostanay’s figures to the city, and no “in 2016” for eleven months', async () => {
      const read = async (page: string) => {
        const doc = new DOMParser().parseFromString(await (await fetch(`/demo/${page}`)).text(), 'text/html');
        return { title: doc.title, h1: doc.querySelector('h1')!.textContent!, body: doc.querySelector('article')!.textContent!.replace(/\s+/g, ' ') };
      };
      const en = await read('index.html');
      expect(en.h1).to.equal('Kazakhstan’s car plants made a fifth fewer vehicles in January–November 2016');
      expect(en.title).to.not.match(/in 2016 —/);
      expect(en.body).to.not.contain('at two plants');
      expect(en.body).to.contain('inform.kz names two of Kazakhstan’s assembly plants as examples');
      expect(en.body).to.contain('In Kostanay as a whole, 25 thousand vehicles');
      expect(en.body).to.not.match(/Between them|cars of seven/);
      const ru = await read('ru.html');
      expect(ru.body).to.not.contain('на двух заводах');
      expect(ru.body).to.contain('В пример казахстанской автосборки inform.kz приводит два завода');
      const kk = await read('kk.html');
      expect(kk.h1).to.equal(`Қазақстанда автокөлік өндірісі 11${NBSP}айда 22${NBSP}пайызға қысқарды`);
      expect(kk.title).to.not.match(/бестен бір есе|2016 жылы/);
      expect(kk.body).to.not.contain('екі зауытта құрастырылады');
      expect(kk.body).to.contain('мысал ретінде екі кәсіпорынды атайды');
    });
  });

  describe('sources', () => {
    const TAGS = ['kz-auto-yoy', 'kz-dealer-sales', 'kz-recovery', 'kz-plants-map', 'kz-output-value', 'kz-brands', 'kz-plant-share'];
    const UNION = {
      en: 'KazAvtoProm industry union',
      ru: 'Союз предприятий автомобильной отрасли «КазАвтоПром»',
      kk: '«ҚазАвтоПром» автокөлік саласы кәсіпорындарының одағы',
    };
    const PAPER = { en: 'Vremya Vostoka', ru: '«Время Востока»', kk: '«Время Востока»' };

    it('name each source one way per language, and credit the union only for production', async () => {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        const lines: Record<string, string> = {};
        for (const tag of TAGS) lines[tag] = text(await mountTag(tag, `lang="${lang}"`), '.source');
        const all = Object.values(lines).join(' | ');
        // Every mention of the union is its one name; no other spelling of it anywhere.
        const mentions = all.match(/[^|;(]*(KazAvtoProm|КазАвтоПром|ҚазАвтоПром)[^|;(,]*/g) ?? [];
        expect(mentions.length, lang).to.be.greaterThan(0);
        for (const m of mentions) expect(m.replace(/^.*?: /, '').trim(), `${lang}: ${m}`).to.equal(UNION[lang]);
        expect(all.match(/Vremya Vostoka|Время Востока/g)!.length, lang).to.equal((all.match(new RegExp(PAPER[lang], 'g')) ?? []).length);
        expect(lines['kz-auto-yoy'], lang).to.contain(UNION[lang]);
        // Dealer sales, the easing of the fall and Asia Auto are the paper's, not the union's.
        expect(lines['kz-recovery'], lang).to.not.contain(UNION[lang]);
        expect(lines['kz-plants-map'], lang).to.not.contain(UNION[lang]);
        expect(lines['kz-dealer-sales']!.indexOf(PAPER[lang]), lang).to.be.lessThan(lines['kz-dealer-sales']!.indexOf(UNION[lang]));
      }
      expect(text(await mountTag('kz-dealer-sales', 'lang="en"'), '.source')).to.equal('Source: Vremya Vostoka; production: KazAvtoProm industry union');
      expect(text(await mountTag('kz-recovery', 'lang="ru"'), '.source')).to.equal('Источник: «Время Востока»');
    });

    it('credit a fact card the way its chart credits the same figure', async () => {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        // 10 125 vehicles is the union's message, as the production chart says; 38.8 thousand sold is the paper's.
        const production = text(await mountTag('kz-fact', `lang="${lang}" fact="production-2016"`), '.source');
        expect(production, lang).to.contain(UNION[lang]);
        const sales = text(await mountTag('kz-fact', `lang="${lang}" fact="dealer-sales-2016"`), '.source');
        expect(sales, lang).to.contain(PAPER[lang]);
        expect(sales, lang).to.not.contain(UNION[lang]);
      }
    });
  });
});
