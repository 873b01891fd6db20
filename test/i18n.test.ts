import { expect } from '@open-wc/testing';
import { messages } from '../src/i18n/index.js';
import * as widgetMessages from '../src/i18n/messages/widgets/index.js';
import { yoyFigure } from '../src/charts/yoy.js';
import { plantShareFigure } from '../src/charts/plant-share.js';
import { bundledShareData, bundledYoyData, type YoyData } from '../src/data/widgets.js';
import { getLocale, LANGS } from '../src/i18n/index.js';

const NBSP = '\u00a0';

/** Every leaf key of a messages object, as dotted paths. */
function leaves(object: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? leaves(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** The shared texts and each widget's own, by language. */
const groups = [messages, ...Object.values(widgetMessages)] as unknown as Record<'kk' | 'ru' | 'en', Record<string, unknown>>[];

describe('messages', () => {
  it('have the same keys in kk, ru and en, shared and per widget', () => {
    for (const group of groups) {
      const en = leaves(group.en).sort();
      expect(leaves(group.ru).sort()).to.deep.equal(en);
      expect(leaves(group.kk).sort()).to.deep.equal(en);
      for (const lang of LANGS) {
        for (const path of leaves(group[lang])) {
          const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], group[lang]);
          if (typeof value === 'string') expect(value, `${lang} ${path}`).to.match(/\S/);
        }
      }
    }
  });

  it('are all used somewhere in the code', async () => {
    const files = (await (await fetch('/__src__')).json()) as Record<string, string>;
    const code = Object.entries(files)
      .filter(([name]) => !name.startsWith('i18n/messages/'))
      .map(([, text]) => text)
      .join('\n');
    const unused = groups.flatMap((g) => leaves(g.en)).filter((path) => {
      const parts = path.split('.');
      const leaf = parts[parts.length - 1]!;
      const parent = parts[parts.length - 2];
      // Used by name (t.yoy.title), destructured ({ quote } = …), as a string key ('svg' in a
      // list of actions), or through its group by computed key (t.segments[s.key]).
      return !(
        code.includes(`.${leaf}`) ||
        new RegExp(`[{,]\\s*${leaf}\\s*[,}:]`).test(code) ||
        code.includes(`'${leaf}'`) ||
        (parent !== undefined && code.includes(`${parent}[`))
      );
    });
    expect(unused).to.deep.equal([]);
  });
});

describe('generated summaries, word for word', () => {
  const summary = (lang: (typeof LANGS)[number], data = bundledYoyData(), mode: 'units' | 'change' = 'units') =>
    yoyFigure({ data, mode, width: 640, locale: getLocale(lang) });

  it('kz-auto-yoy, bundled data', () => {
    expect(summary('en').description).to.equal(
      'Bar chart. In January–November 2016 Kazakhstan produced 10,125 vehicles, 22% fewer than a year earlier. ' +
        'Passenger cars: 8,157 (−24.5%); trucks: 1,431 (+8%); buses: 174 (−10.8%).',
    );
    expect(summary('ru').description).to.equal(
      `Линейчатая диаграмма. За январь–ноябрь 2016${NBSP}года в Казахстане выпущено 10${NBSP}125${NBSP}единиц техники, на 22${NBSP}% меньше, чем годом ранее. ` +
        `Легковые автомобили: 8${NBSP}157 (−24,5${NBSP}%); грузовые автомобили: 1${NBSP}431 (+8${NBSP}%); автобусы: 174 (−10,8${NBSP}%).`,
    );
    expect(summary('kk').description).to.equal(
      `Жолақты диаграмма. 2016${NBSP}жылғы қаңтар–қараша айларында Қазақстанда 10${NBSP}125${NBSP}автокөлік шығарылды, бұл бір жыл бұрынғыдан 22${NBSP}пайызға аз. ` +
        `Жеңіл автокөліктер: 8${NBSP}157 (−24,5${NBSP}%); Жүк автокөліктері: 1${NBSP}431 (+8${NBSP}%); Автобустар: 174 (−10,8${NBSP}%).`,
    );
  });

  it('kz-auto-yoy mode="change", bundled data', () => {
    expect(summary('en', undefined, 'change').description).to.equal(
      'Bar chart of the year-on-year change in vehicle production, January–November 2016. ' +
        'Passenger cars: −24.5%; trucks: +8%; buses: −10.8%; all vehicles: −22%.',
    );
    expect(summary('kk', undefined, 'change').description).to.equal(
      `Жолақты диаграмма: 2016${NBSP}жылғы қаңтар–қараша айларындағы автокөлік өндірісінің жылдық өзгерісі. ` +
        `Жеңіл автокөліктер: −24,5${NBSP}%; Жүк автокөліктері: +8${NBSP}%; Автобустар: −10,8${NBSP}%; Барлық техника: −22${NBSP}%.`,
    );
  });

  it('kz-plant-share, bundled data', () => {
    const text = (lang: (typeof LANGS)[number]) =>
      plantShareFigure({ data: bundledShareData(), width: 640, locale: getLocale(lang) }).description;
    expect(text('en')).to.equal(
      'Two 100% bars. Share of Kazakhstan-assembled cars in official sales: March 2015, 11%; March 2016, 24%; a change of +13 percentage points.',
    );
    expect(text('ru')).to.equal(
      `Две полосы по 100${NBSP}%. Доля автомобилей казахстанской сборки в официальных продажах: март 2015 — 11${NBSP}%; март 2016 — 24${NBSP}%; изменение — +13${NBSP}процентных пунктов.`,
    );
    expect(text('kk')).to.equal(
      `Жолақты диаграмма: екі жолақ, әрқайсысы 100${NBSP}пайыз. Ресми саудадағы Қазақстанда құрастырылған автокөліктер үлесі: 2015${NBSP}жылғы наурыз — 11${NBSP}%; 2016${NBSP}жылғы наурыз — 24${NBSP}%; өзгеріс — +13${NBSP}пайыздық пункт.`,
    );
  });

  it("a newsroom's own data gets its own sentence and title", () => {
    // A made-up 2017 table in the widget's data shape: a rise this time.
    const own: YoyData = {
      period: { kind: 'months', from: '2017-01', to: '2017-11' },
      previousPeriod: { kind: 'months', from: '2016-01', to: '2016-11' },
      total: { current: 12_000, previous: 10_125, change: 18.5, previousEstimated: false },
      segments: [
        { key: 'passenger-cars', current: 9_500, previous: 8_157, change: 16.5, previousEstimated: false },
        { key: 'trucks', current: 1_300, previous: 1_431, change: -9.2, previousEstimated: false },
      ],
    };
    const en = summary('en', own);
    expect(en.title).to.equal('Vehicle output in Kazakhstan rose by 18.5%');
    expect(en.description).to.equal(
      'Bar chart. In January–November 2017 Kazakhstan produced 12,000 vehicles, 18.5% more than a year earlier. ' +
        'Passenger cars: 9,500 (+16.5%); trucks: 1,300 (−9.2%).',
    );
    expect(en.notes).to.deep.equal([]);
    const ru = summary('ru', own);
    expect(ru.title).to.equal(`Выпуск автомобилей в Казахстане вырос на 18,5${NBSP}%`);
    expect(ru.description).to.equal(
      `Линейчатая диаграмма. За январь–ноябрь 2017${NBSP}года в Казахстане выпущено 12${NBSP}000${NBSP}единиц техники, на 18,5${NBSP}% больше, чем годом ранее. ` +
        `Легковые автомобили: 9${NBSP}500 (+16,5${NBSP}%); грузовые автомобили: 1${NBSP}300 (−9,2${NBSP}%).`,
    );
    const kk = summary('kk', own);
    expect(kk.title).to.equal(`Қазақстанда автокөлік өндірісі 18,5${NBSP}пайызға өсті`);
    expect(kk.description).to.equal(
      `Жолақты диаграмма. 2017${NBSP}жылғы қаңтар–қараша айларында Қазақстанда 12${NBSP}000${NBSP}автокөлік шығарылды, бұл бір жыл бұрынғыдан 18,5${NBSP}пайызға көп. ` +
        `Жеңіл автокөліктер: 9${NBSP}500 (+16,5${NBSP}%); Жүк автокөліктері: 1${NBSP}300 (−9,2${NBSP}%).`,
    );
  });
});
