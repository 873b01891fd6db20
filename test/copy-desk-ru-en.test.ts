import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { ChartElement } from '../src/elements/chart-element.js';
import { drawn, mountTag as mountOne, NBSP, openFrame, text, texts, until } from './helpers.js';

/**
 * The Russian and English copy as a reader meets it: titles, subtitles, big numbers, notes, the
 * accessible summary and the table, read from the rendered widget. No-break spaces are shown as
 * plain spaces here so the expected texts read like print.
 */
type AnyChart = ChartElement<unknown, unknown>;

const plain = (s: string) => s.replaceAll(NBSP, ' ');
const read = (el: Element, selector: string) => plain(text(el, selector));
const summary = (el: Element) => read(el, '#summary');
const navigation = (el: Element) => plain(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('aria-label') ?? '');
/** Every text in the widget: plot, table, notes, source. */
const everything = (el: Element) => plain(el.shadowRoot!.querySelector('figure')!.textContent ?? '');

/** Mounts a widget and waits until it has drawn (a widget below the fold draws when it nears the view). */
async function mountTag<T extends AnyChart = AnyChart>(tag: string, attrs: string): Promise<T> {
  const el = await mountOne<T>(tag, attrs);
  el.scrollIntoView();
  await until(() => drawn(el), `${tag} ${attrs} to draw`);
  await el.updateComplete;
  return el;
}

async function withData(tag: string, attrs: string, data: unknown): Promise<AnyChart> {
  const el = await mountOne<AnyChart>(tag, attrs);
  el.data = data as AnyChart['data'];
  el.scrollIntoView();
  await until(() => drawn(el), `${tag} to draw its own data`);
  await el.updateComplete;
  return el;
}

/** One own figure on a card, in Russian. */
const ownFact = (row: Record<string, unknown>, lang = 'ru') =>
  withData('kz-fact', `fact="a" lang="${lang}"`, [{ id: 'a', label: 'Выпуск', unit: 'vehicles', period_from: '2017-01', period_to: '2017-11', ...row }]);

describe('Russian copy', () => {
  describe('the noun agrees with the number as printed', () => {
    it('on a card: 1 единица, 2 единицы, 5 единиц, 21 единица, 1 000 единиц, 38,8 тыс. автомобилей', async () => {
      const cases: [number, string][] = [
        [1, '1 единица техники'],
        [2, '2 единицы техники'],
        [5, '5 единиц техники'],
        [21, '21 единица техники'],
        [174, '174 единицы техники'],
        [1000, '1 000 единиц техники'],
        [38_800, '38,8 тыс. автомобилей'],
      ];
      for (const [value, expected] of cases) {
        expect(read(await ownFact({ value }), '.big-number'), String(value)).to.equal(expected);
      }
    });

    it('an estimate printed ≈12 981 is «единица» although it is 12 980,77; ≈195 is «единиц»', async () => {
      const est = await ownFact({ value: 10_125 / 0.78, is_estimate: true });
      expect(read(est, '.big-number')).to.equal('≈12 981 единица техники');
      expect(summary(est)).to.contain('≈12 981 единица техники');
      const bus = await mountTag('kz-fact', 'lang="ru" fact="bus-production-2015-est"');
      expect(read(bus, '.big-number')).to.equal('≈195 единиц техники');
    });

    it('after «почти» the case stays: «почти 174 единицы»; after «более», «около», «до» it is genitive', async () => {
      expect(read(await ownFact({ value: 174, qualifier: 'almost' }), '.big-number')).to.equal('почти 174 единицы техники');
      expect(read(await ownFact({ value: 21, qualifier: 'over' }), '.big-number')).to.equal('более 21 единицы техники');
      expect(read(await ownFact({ value: 174, qualifier: 'about' }), '.big-number')).to.equal('около 174 единиц техники');
      expect(read(await ownFact({ value: 2, qualifier: 'up-to' }), '.big-number')).to.equal('до 2 единиц техники');
      const bundled = await mountTag('kz-fact', 'lang="ru" fact="production-2016-rounded"');
      expect(read(bundled, '.big-number')).to.equal('более 10 тыс. автомобилей');
    });

    it('«в 2 раза», «в 1,5 раза», «в 5 раз» in the output-value title', async () => {
      const ratio = async (to: number) =>
        read(
          await withData('kz-output-value', 'lang="ru"', [
            { period_from: '2015', value: 10e9, currency: 'KZT' },
            { period_from: '2017', value: to, currency: 'KZT' },
          ]),
          '.title',
        );
      expect(await ratio(20e9)).to.equal('Стоимость выпуска автомобилей выросла в 2 раза с 2015 по 2017 год');
      expect(await ratio(15e9)).to.contain('выросла в 1,5 раза');
      expect(await ratio(120e9)).to.contain('выросла в 12 раз');
      const bundled = await mountTag('kz-output-value', 'lang="ru"');
      expect(read(bundled, '.title')).to.equal('Стоимость выпуска автомобилей выросла в 5 раз с 2010 по 2015 год');
    });

    it('«в N раз» on a card, and «до 4 раз» for the Customs Union', async () => {
      const times = async (value: number) => read(await ownFact({ value, unit: 'times' }), '.big-number');
      expect(await times(2)).to.equal('в 2 раза');
      expect(await times(1.5)).to.equal('в 1,5 раза');
      expect(await times(5)).to.equal('в 5 раз');
      expect(await times(21)).to.equal('в 21 раз');
      const customs = await mountTag('kz-fact', 'lang="ru" fact="customs-union-capacity-multiplier"');
      expect(read(customs, '.big-number')).to.equal('до 4 раз');
    });
  });

  it('a comparison reads «к январю–ноябрю 2015 года (≈12 981 ед.)»', async () => {
    const el = await withData('kz-fact', 'lang="ru" fact="now" compare="before"', [
      { id: 'now', label: 'Выпуск', value: 10_125, unit: 'vehicles', period_from: '2016-01', period_to: '2016-11' },
      { id: 'before', label: 'Выпуск', value: 10_125 / 0.78, unit: 'vehicles', period_from: '2015-01', period_to: '2015-11', is_estimate: true },
    ]);
    const lines = texts(el, 'svg.plot text.value').map(plain);
    expect(lines).to.include('−22 % к январю–ноябрю 2015 года (≈12 981 ед.)');
    expect(summary(el)).to.contain('−22 % к январю–ноябрю 2015 года (≈12 981 ед.).');
    const dealers = await mountTag('kz-fact', 'lang="ru" fact="dealer-sales-2016" compare="dealer-sales-2015"');
    expect(texts(dealers, 'svg.plot text.value').map(plain)).to.include('−56,1 % к январю–ноябрю 2015 года (88,4 тыс. автомобилей)');
  });

  it('no dash between «выпуск» and «сократился» in the dealer-sales title', async () => {
    const el = await mountTag('kz-dealer-sales', 'lang="ru"');
    expect(read(el, '.title')).to.equal('Продажи легковых автомобилей упали на 56 %, выпуск сократился на 24,5 %');
  });

  it('horizontal bars are a «Линейчатая диаграмма» in every summary', async () => {
    for (const tag of ['kz-auto-yoy', 'kz-dealer-sales', 'kz-output-value', 'kz-recovery']) {
      const el = await mountTag(tag, 'lang="ru"');
      expect(summary(el), tag).to.match(/^Линейчатая диаграмма/);
    }
  });

  it('cars are counted in «тыс. автомобилей», not «единиц техники»', async () => {
    const el = await mountTag('kz-dealer-sales', 'lang="ru"');
    expect(summary(el)).to.contain('88,4 тыс. автомобилей');
    expect(summary(el)).to.contain('38,8 тыс. автомобилей');
    expect(summary(el)).not.to.contain('техники');
    const map = await mountTag('kz-plants-map', 'lang="ru"');
    expect(everything(map)).to.contain('25 тыс. автомобилей');
    expect(everything(map)).not.to.contain('тыс. единиц');
  });

  it('dollars and tenge in words, the same everywhere: «7,4 млрд долларов», «80 млрд тенге»', async () => {
    const el = await mountTag('kz-output-value', 'lang="ru" annotations="average-growth,car-market,manufacturing-share,dollar-slip"');
    const all = everything(el);
    expect(all).not.to.match(/[₸$]/);
    expect(texts(el, '.value').map(plain)).to.deep.equal(['16 млрд тенге', '80 млрд тенге']);
    expect(all).to.contain('Также в источнике. Объём авторынка: 7,4 млрд долларов (2015).');
    for (const fact of ['car-market-2015-usd', 'taxes-2015-usd', 'car-loan-portfolio-2016']) {
      expect(everything(await mountTag('kz-fact', `lang="ru" fact="${fact}"`)), fact).not.to.match(/[₸$]/);
    }
    expect(read(await mountTag('kz-fact', 'lang="ru" fact="taxes-2015-usd"'), '.big-number')).to.equal('361 млн долларов');
  });

  it('a month and year inside a sentence take «года»', async () => {
    const dealers = await mountTag('kz-dealer-sales', 'lang="ru"');
    expect(read(dealers, '.subtitle')).to.contain('за январь–ноябрь 2016 года в сравнении с теми же месяцами 2015 года');
    expect(read(dealers, 'caption')).to.equal('Продажи и выпуск легковых автомобилей за январь–ноябрь 2016 года');
    const recovery = await mountTag('kz-recovery', 'lang="ru"');
    expect(read(recovery, '.headline')).to.equal('«Азия Авто»: 2 369 автомобилей за июль–ноябрь 2016 года, +44 % к прошлому году');
    const fact = await mountTag('kz-fact', 'lang="ru" fact="dealer-sales-2016"');
    expect(summary(fact)).to.contain(', январь–ноябрь 2016 года: 38,8 тыс. автомобилей.');
    const yoy = await mountTag('kz-auto-yoy', 'lang="ru"');
    expect(read(yoy, 'caption')).to.equal('Выпуск техники по видам за январь–ноябрь 2016 года, единиц');
  });

  it('the dataset’s Russian labels and notes read as an editor would print them', async () => {
    const customs = await mountTag('kz-fact', 'lang="ru" fact="customs-union-capacity-multiplier"');
    expect(read(customs, '.title')).to.equal('Рост внутреннего производства благодаря нормам Таможенного союза');
    const value = await mountTag('kz-fact', 'lang="ru" fact="production-value-2015"');
    expect(read(value, '.note')).to.contain('оба значения не могут быть верными');
    const brands = await mountTag('kz-fact', 'lang="ru" fact="kostanay-brands"');
    expect(read(brands, '.title')).to.equal('Мировые бренды, автомобили которых собраны в Костанае');
  });

  it('a change is «Изменение выпуска: −56 %», never a «Темп спада» of −56 % (ru, en, kk)', async () => {
    const expected = {
      ru: 'Изменение выпуска к прошлому году',
      en: 'Change in production compared with a year earlier',
      kk: 'Өндірістің бір жыл бұрынғыға қарағанда өзгерісі',
    };
    for (const [lang, label] of Object.entries(expected)) {
      for (const fact of ['production-change-h1-2016', 'production-change-jan-nov-2016']) {
        const el = await mountTag('kz-fact', `lang="${lang}" fact="${fact}"`);
        expect(read(el, '.title'), `${lang} ${fact}`).to.equal(label);
        expect(summary(el)).not.to.match(/Темп спада|Rate of decline|құлдырау қарқыны/);
      }
    }
  });

  it('names the number of values a keyboard reader will meet, in the right form', async () => {
    expect(navigation(await mountTag('kz-fact', 'lang="ru" fact="employment"'))).to.equal('График: 1 значение. Escape — выход из графика.');
    expect(navigation(await mountTag('kz-dealer-sales', 'lang="ru"'))).to.match(/^График: 4 значения\./);
    expect(navigation(await mountTag('kz-auto-yoy', 'lang="ru"'))).to.match(/^График: 8 значений\./);
  });

  it('the map summary is one sentence per place and figure, not a chain of colons', async () => {
    const map = await mountTag('kz-plants-map', 'lang="ru"');
    expect(summary(map)).to.match(/^Карта Казахстана: 2 места\. «Азия Авто», Усть-Каменогорск\. /);
    expect(summary(map)).not.to.match(/\): /);
  });

  it('the final read: keys, «года» in announcements, capitals after a comma, signs in tables, notes in print form', async () => {
    const yoy = await mountTag('kz-auto-yoy', 'lang="ru"');
    expect(navigation(yoy)).to.equal('График: 8 значений. Стрелки — переход между ними, Escape — выход из графика.');
    const map = await mountTag('kz-plants-map', 'lang="ru"');
    expect(navigation(map)).to.equal('Карта: 2 места. Стрелки — переход между ними, Escape — выход из карты.');
    expect(plain(texts(map, 'tbody td').join(' | '))).to.contain('не только этот завод: автомобили, собранные в Костанае: 25 тыс. автомобилей');
    // A series after a comma loses the capital a legend gives it.
    const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('[data-mark]')].map((m) => plain(m.getAttribute('aria-label') ?? ''));
    // The period closes a spoken sentence, so it takes «года» (the rest are checked in keyboard.test.ts).
    expect(names(yoy)).to.include('Легковые автомобили, 2016: 8 157 единиц техники');
    const share = await mountTag('kz-plant-share', 'lang="ru"');
    expect(names(share)).to.include('март 2015, собраны в Казахстане: 11 %');
    const value = await mountTag('kz-output-value', 'lang="ru"');
    expect(names(value)[0]).to.equal('2010, стоимость выпуска: 16 млрд тенге');
    const recovery = await mountTag('kz-recovery', 'lang="ru"');
    expect(names(recovery)[0]).to.equal('январь–июнь 2016, все производители: −56 %');
    // A change in a fact card's table keeps its sign, as on the card.
    const trucks = await mountTag('kz-fact', 'lang="ru" fact="truck-change-2016"');
    expect(plain(texts(trucks, 'tbody td').join(' | '))).to.contain('+8 %');
    // Against an estimate made from it, the change is the article's own: −24,5 %, not −24 %.
    const cars = await mountTag('kz-fact', 'lang="ru" fact="passenger-production-2016" compare="passenger-production-2015-est"');
    expect(summary(cars)).to.contain('−24,5 % к январю–ноябрю 2015 года (≈10 800 автомобилей)');
    const growth = await mountTag('kz-fact', 'lang="ru" fact="average-growth-2010-2015"');
    expect(text(growth, '.note')).to.contain(`с 16 до 80${NBSP}млрд${NBSP}тенге — пятикратный, в среднем около 38${NBSP}% в год`);
    expect(text(growth, '.note')).to.contain('Все три цифры одновременно верными быть не могут.');
  });

  it('an own recovery headline says rise or fall with a verb, not «изменилось на +21 %»', async () => {
    const rows = (change: number) => [{ kind: 'sector', period_from: '2017-01', period_to: '2017-11', change_percent: change, source: 'Test' }];
    expect(read(await withData('kz-recovery', 'lang="ru"', rows(21)), '.title')).to.equal('Выпуск автомобилей вырос на 21 % к прошлому году');
    expect(read(await withData('kz-recovery', 'lang="ru"', rows(-5)), '.title')).to.equal('Выпуск автомобилей сократился на 5 % к прошлому году');
  });
});

describe('English copy', () => {
  it('"rose fivefold" from 2010 to 2015, and "2010 and 2015" in the subtitle', async () => {
    const el = await mountTag('kz-output-value', 'lang="en"');
    expect(read(el, '.title')).to.equal('The value of vehicle output rose fivefold from 2010 to 2015');
    expect(read(el, '.subtitle')).to.equal('Value of vehicles produced in Kazakhstan, 2010 and 2015');
    const half = await withData('kz-output-value', 'lang="en"', [
      { period_from: '2015', value: 10e9, currency: 'KZT' },
      { period_from: '2017', value: 15e9, currency: 'KZT' },
    ]);
    expect(read(half, '.title')).to.equal('The value of vehicle output rose 1.5-fold from 2015 to 2017');
  });

  it('"up to fourfold" for the Customs Union', async () => {
    const el = await mountTag('kz-fact', 'lang="en" fact="customs-union-capacity-multiplier"');
    expect(read(el, '.big-number')).to.equal('up to fourfold');
  });

  it('"compared with 2015" and "passenger-car production fell by 24.5%"', async () => {
    const card = await mountTag('kz-fact', 'lang="en" fact="passenger-change-2016"');
    expect(read(card, '.title')).to.equal('Change in passenger-car production compared with 2015');
    const dealers = await mountTag('kz-dealer-sales', 'lang="en"');
    expect(read(dealers, '.title')).to.equal('Dealer car sales fell by 56% and passenger-car production fell by 24.5%');
    const yoy = await mountTag('kz-auto-yoy', 'lang="en" mode="change"');
    expect(read(yoy, '.title')).to.equal('Passenger-car production fell most, by 24.5%');
  });

  it('no "Chart with 1 values."', async () => {
    expect(navigation(await mountTag('kz-fact', 'lang="en" fact="employment"'))).to.equal('Chart with 1 value. Escape leaves it.');
    expect(navigation(await mountTag('kz-dealer-sales', 'lang="en"'))).to.match(/^Chart with 4 values\./);
  });

  it('percentages in notes are spaced as in the charts: "56%", never "56 %"', async () => {
    const recovery = await mountTag('kz-recovery', 'lang="en"');
    const output = await mountTag('kz-output-value', 'lang="en"');
    const notes = [...texts(recovery, '.note'), ...texts(output, '.note')];
    expect(notes.length).to.be.greaterThan(0);
    expect(notes.join(' ')).to.match(/\d%/);
    for (const note of notes) expect(note).not.to.match(/\d[\s\u00a0]%/);
  });
});

describe('the demo articles', () => {
  /** The article's paragraphs as a reader sees them (the page's script is not run). */
  async function paragraphs(path: string): Promise<string> {
    const opened = await openFrame(path, { scripts: false });
    const words = [...opened.doc.querySelectorAll('article p')].map((p) => plain(p.textContent ?? '')).join('\n');
    opened.frame.remove();
    return words;
  }

  it('English: "rose fivefold", "passenger-car production", "compared with 2015"', async () => {
    const page = await paragraphs('/demo/index.html');
    expect(page).to.contain('the value of the industry’s output rose fivefold');
    expect(page).to.contain('Passenger-car production, the bulk of the output, fell furthest: by 24.5% compared with 2015');
    expect(page).not.to.contain('several times over');
  });

  it('Russian: «в 5 раз», not «в разы»; «млрд» and «тыс.» with the number kept together', async () => {
    const page = await paragraphs('/demo/ru.html');
    expect(page).to.contain('вырос в 5 раз');
    expect(page).not.to.contain('в разы');
    expect(page).to.contain('почти 31 млрд тенге');
    expect(page).to.contain('38,8 тыс. легковых автомобилей');
    expect(page).to.contain('вырос в 5 раз (без поправки на инфляцию)');
    expect(page).to.contain('а в самой отрасли занято около 18 тыс. человек');
    expect(page).not.to.match(/миллиард|тысяч/);
  });
});
