import type { Lang } from '../../../data/types.js';
import { locative } from '../../kk-case.js';

/** The same month of two years, said once: «2015 және 2016 жылдары наурызда». */
function sameMonth(first: string, last: string): string | undefined {
  const [a, b] = [first, last].map((p) => /^(\d{4})\u00a0жылғы (\p{L}+)$/u.exec(p));
  return a && b && a[2] === b[2] ? `${a[1]} және ${b[1]}\u00a0жылдары ${locative(a[2]!)}` : undefined;
}

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  /** `from` and `to` are formatted numbers without %. */
  title: (from: string, to: string, change: number) =>
    `Kazakhstan-assembled cars’ share of official sales ${change >= 0 ? 'rose' : 'fell'} from ${from}% to ${to}%`,
  subtitle: (first: string, last: string) =>
    `Share of cars assembled in Kazakhstan in official car sales, ${first} and ${last}, %`,
  plants: (list: string) => `Assembly plants named in the source: ${list}.`,
  plant: (name: string, city: string) => `${name} in ${city}`,
  local: 'Assembled in Kazakhstan',
  other: 'Other cars',
  change: (signedPp: string) => `${signedPp} in a year`,
  source: 'inform.kz',
  summary: (first: string, a: string, last: string, b: string, signedPp: string) =>
    `Two 100% bars. Share of Kazakhstan-assembled cars in official sales: ${first}, ${a}; ${last}, ${b}; a change of ${signedPp}.`,
  tableCaption: 'Share of Kazakhstan-assembled cars in official sales',
  tableMonth: 'Month',
  tableLocal: 'Assembled in Kazakhstan, %',
  tableOther: 'Other cars, %',
};

export type PlantShareMessages = typeof en;

const ru: PlantShareMessages = {
  title: (from, to, change) =>
    `Доля местной сборки в официальных продажах ${change >= 0 ? 'выросла' : 'снизилась'} с ${from} до ${to}\u00a0%`,
  subtitle: (first, last) =>
    `Доля автомобилей казахстанской сборки в официальных продажах, ${first} и ${last}, %`,
  plants: (list) => `Сборочные заводы, названные в источнике: ${list}.`,
  plant: (name, city) => `${name} (${city})`,
  local: 'Собраны в Казахстане',
  other: 'Прочие автомобили',
  change: (signedPp) => `${signedPp} за год`,
  source: 'inform.kz',
  summary: (first, a, last, b, signedPp) =>
    `Две полосы по 100\u00a0%. Доля автомобилей казахстанской сборки в официальных продажах: ${first} — ${a}; ${last} — ${b}; изменение — ${signedPp}.`,
  tableCaption: 'Доля автомобилей казахстанской сборки в официальных продажах',
  tableMonth: 'Месяц',
  tableLocal: 'Собраны в Казахстане, %',
  tableOther: 'Прочие автомобили, %',
};

const kk: PlantShareMessages = {
  title: (from, to, change) =>
    `Ресми саудадағы қазақстандық автокөліктер үлесі ${from}\u00a0пайыздан ${to}\u00a0пайызға дейін ${change >= 0 ? 'өсті' : 'азайды'}`,
  subtitle: (first, last) => `Ресми саудадағы Қазақстанда құрастырылған автокөліктер үлесі, ${sameMonth(first, last) ?? `${first} және ${last}`}, %`,
  plants: (list) => `Дереккөзде аталған құрастыру зауыттары: ${list}.`,
  plant: (name, city) => `${city} қаласындағы ${name}`,
  local: 'Қазақстанда құрастырылған',
  other: 'Басқа автокөліктер',
  change: (signedPp) => `Бір жылда ${signedPp}`,
  source: 'inform.kz',
  summary: (first, a, last, b, signedPp) =>
    `Жолақты диаграмма, әр жолақ 100\u00a0пайыз. Ресми сатылымдағы Қазақстанда құрастырылған автокөліктер үлесі: ${first} — ${a}; ${last} — ${b}; өзгеріс — ${signedPp}.`,
  tableCaption: 'Ресми сатылымдағы Қазақстанда құрастырылған автокөліктер үлесі',
  tableMonth: 'Ай',
  tableLocal: 'Қазақстанда құрастырылған, %',
  tableOther: 'Басқа автокөліктер, %',
};

export const plantShareMessages: Record<Lang, PlantShareMessages> = { kk, ru, en };
