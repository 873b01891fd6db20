import type { Lang } from '../../../data/types.js';
import { ablative, locative } from '../../kk-case.js';
import type { PeriodSpan } from '../../../charts/period-span.js';
import { pick } from '../../ru-plural.js';
import { listOf } from '../../list.js';

/** The same month of two years, said once: «2015 және 2016 жылдары наурызда». */
function sameMonth(first: string, last: string): string | undefined {
  const [a, b] = [first, last].map((p) => /^(\d{4})\u00a0жылғы (\S+)$/.exec(p));
  return a && b && a[2] === b[2] ? `${a[1]} және ${b[1]}\u00a0жылдары ${locative(a[2]!)}` : undefined;
}

const EN_COUNT = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
// «Полоса» is feminine: одна, две полосы.
const RU_COUNT = ['Одна', 'Две', 'Три', 'Четыре', 'Пять', 'Шесть', 'Семь', 'Восемь', 'Девять', 'Десять'];
const KK_COUNT = ['Бір', 'Екі', 'Үш', 'Төрт', 'Бес', 'Алты', 'Жеті', 'Сегіз', 'Тоғыз', 'Он'];
const countWord = (words: string[], n: number) => words[n - 1] ?? String(n);

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  /** `from` and `to` are formatted numbers without %. */
  title: (from: string, to: string, change: number) =>
    `Kazakhstan-assembled cars’ share of official sales ${change >= 0 ? 'rose' : 'fell'} from ${from}% to ${to}%`,
  subtitle: (periods: string[]) =>
    `Share of cars assembled in Kazakhstan in official car sales, ${listOf(periods, 'and')},\u00a0%`,
  plants: (list: string) => `Assembly plants named in the source: ${list}.`,
  plant: (name: string, city: string) => `${name} in ${city}`,
  local: 'Assembled in Kazakhstan',
  other: 'Other cars',
  /** The change from the first bar to the last, over the span between them when it is whole months or years. */
  change: (signedPp: string, span?: PeriodSpan) =>
    !span
      ? signedPp
      : span.unit === 'years'
        ? `${signedPp} in ${span.count === 1 ? 'a year' : `${span.count} years`}`
        : `${signedPp} in ${span.count === 1 ? 'a month' : `${span.count} months`}`,
  source: 'inform.kz',
  /** `rows` are [period, share] pairs, formatted. */
  summary: (rows: [string, string][], signedPp: string) =>
    `${countWord(EN_COUNT, rows.length)} 100% ${rows.length === 1 ? 'bar' : 'bars'}. Share of Kazakhstan-assembled cars in official sales: ${rows
      .map(([p, v]) => `${p}, ${v}`)
      .join('; ')}; a change of ${signedPp}${rows.length > 2 ? ' from the first bar to the last' : ''}.`,
  tableCaption: 'Share of Kazakhstan-assembled cars in official sales',
  tablePeriod: { month: 'Month', year: 'Year', period: 'Period' },
  tableLocal: 'Assembled in Kazakhstan, %',
  tableOther: 'Other cars, %',
};

export type PlantShareMessages = typeof en;

const ru: PlantShareMessages = {
  title: (from, to, change) =>
    `Доля местной сборки в официальных продажах ${change >= 0 ? 'выросла' : 'снизилась'} с ${from} до ${to}\u00a0%`,
  subtitle: (periods) =>
    `Доля автомобилей казахстанской сборки в официальных продажах, ${listOf(periods, 'и')},\u00a0%`,
  plants: (list) => `Сборочные заводы, названные в источнике: ${list}.`,
  plant: (name, city) => `${name} (${city})`,
  local: 'Собраны в Казахстане',
  other: 'Прочие автомобили',
  change: (signedPp, span) =>
    !span
      ? signedPp
      : span.unit === 'years'
        ? `${signedPp} за ${span.count === 1 ? 'год' : `${span.count}\u00a0${pick(span.count, 'год', 'года', 'лет')}`}`
        : `${signedPp} за ${span.count === 1 ? 'месяц' : `${span.count}\u00a0${pick(span.count, 'месяц', 'месяца', 'месяцев')}`}`,
  source: 'inform.kz',
  summary: (rows, signedPp) =>
    `${countWord(RU_COUNT, rows.length)} ${pick(rows.length, 'полоса', 'полосы', 'полос')} по 100\u00a0%. Доля автомобилей казахстанской сборки в официальных продажах: ${rows
      .map(([p, v]) => `${p} — ${v}`)
      .join('; ')}; изменение${rows.length > 2 ? ' от первой полосы к последней' : ''} — ${signedPp}.`,
  tableCaption: 'Доля автомобилей казахстанской сборки в официальных продажах',
  tablePeriod: { month: 'Месяц', year: 'Год', period: 'Период' },
  tableLocal: 'Собраны в Казахстане, %',
  tableOther: 'Прочие автомобили, %',
};

const kk: PlantShareMessages = {
  title: (from, to, change) =>
    `Ресми саудадағы отандық көліктер үлесі ${ablative(from)} ${to}\u00a0пайызға ${change >= 0 ? 'өсті' : 'азайды'}`,
  subtitle: (periods) =>
    `Ресми саудадағы Қазақстанда құрастырылған автокөліктер үлесі, ${(periods.length === 2 && sameMonth(periods[0]!, periods[1]!)) || listOf(periods, 'және')},\u00a0%`,
  plants: (list) => `Дереккөз мысал ретінде атаған зауыттар: ${list}.`,
  plant: (name, city) => `${city} қаласындағы ${name}`,
  local: 'Қазақстанда құрастырылған',
  other: 'Басқа автокөліктер',
  // A line of its own under the bars, so it opens with a capital: «Бір жылда +13 пайыздық пункт».
  change: (signedPp, span) =>
    !span
      ? signedPp
      : `${span.count === 1 ? 'Бір ' : `${span.count}\u00a0`}${span.unit === 'years' ? 'жылда' : 'айда'} ${signedPp}`,
  source: 'inform.kz',
  summary: (rows, signedPp) =>
    `Жолақты диаграмма: ${countWord(KK_COUNT, rows.length).toLocaleLowerCase('kk')} жолақ, әрқайсысы 100\u00a0пайыз. Ресми саудадағы Қазақстанда құрастырылған автокөліктер үлесі: ${rows
      .map(([p, v]) => `${p} — ${v}`)
      .join('; ')}; ${rows.length > 2 ? 'бірінші және соңғы жолақ арасындағы өзгеріс' : 'өзгеріс'} — ${signedPp}.`,
  tableCaption: 'Ресми саудадағы Қазақстанда құрастырылған автокөліктер үлесі',
  tablePeriod: { month: 'Ай', year: 'Жыл', period: 'Кезең' },
  tableLocal: 'Қазақстанда құрастырылған, %',
  tableOther: 'Басқа автокөліктер, %',
};

export const plantShareMessages: Record<Lang, PlantShareMessages> = { kk, ru, en };
