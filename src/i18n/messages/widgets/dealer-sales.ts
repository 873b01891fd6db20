import type { Lang } from '../../../data/types.js';
import { inPeriod, ofPeriod } from '../../kk-period.js';
import { capitalise, lowerFirst } from '../../sentence.js';
import { credits } from '../../credits.js';

/** A period as its months and year, so each language puts them in its own order. */
interface Parts {
  months: string;
  year: string;
}

// A whole year has no months: "in 2015", «за 2015 год», «2015 жылы».
const enIn = (p: Parts) => (p.months ? `in ${p.months} ${p.year}` : `in ${p.year}`);
const ruFor = (p: Parts) => (p.months ? `за ${p.months} ${p.year}\u00a0года` : `за ${p.year}\u00a0год`);
// A span across years already names both years («2015 жылғы желтоқсан – 2016 жылғы ақпан»).
const kkPeriod = (p: Parts) => (/\d/.test(p.months) ? p.months : p.months ? `${p.year}\u00a0жылғы ${p.months}` : p.year);

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  series: { 'dealer-sales': 'Sold by official dealers', 'passenger-production': 'Produced in Kazakhstan' },
  /** `sales` and `production` are sizes of change without sign or %. */
  title: (sales: string, salesChange: number, production?: string, productionChange?: number) =>
    production === undefined
      ? `Dealer sales of passenger cars ${salesChange < 0 ? 'fell' : 'rose'} by ${sales}%`
      : `Dealer car sales ${salesChange < 0 ? 'fell' : 'rose'} by ${sales}% and passenger-car production ${productionChange! < 0 ? 'fell' : 'rose'} by ${production}%`,
  subtitle: (period: string, previousYear: string) =>
    `Passenger cars sold by official dealers and produced in Kazakhstan in ${period}, compared with the same months of ${previousYear}; each series’ ${previousYear} bar\u00a0=\u00a0100`,
  summary: (parts: string) => `Bar chart, each series against its own earlier year (= 100). ${parts}.`,
  summaryPart: (series: string, previous: string, before: Parts, current: string, now: Parts, signedPct: string) =>
    `${series}: ${previous} ${enIn(before)}, ${current} ${enIn(now)} (${signedPct})`,
  /** What a series measures, as the subject of a sentence. */
  measure: { 'dealer-sales': 'Dealer sales', 'passenger-production': 'Passenger-car production' },
  estimateNote: (measures: string[], before: Parts, year: string) =>
    `${measures.join(' and ')} ${enIn(before)} (≈) ${measures.length > 1 ? 'are estimates' : 'is an estimate'}, computed from the ${year} figure and its year-on-year change.`,
  tableCaption: (period: string) => `Passenger cars sold and produced, ${period}`,
  tableSeries: 'Series',
  source: credits.paperAndUnionProduction.en,
};

export type DealerSalesMessages = typeof en;

const ru: DealerSalesMessages = {
  series: { 'dealer-sales': 'Продажи официальных дилеров', 'passenger-production': 'Выпуск в Казахстане' },
  title: (sales, salesChange, production, productionChange) =>
    production === undefined
      ? `Продажи легковых автомобилей у дилеров ${salesChange < 0 ? 'упали' : 'выросли'} на ${sales}\u00a0%`
      : `Продажи легковых автомобилей ${salesChange < 0 ? 'упали' : 'выросли'} на ${sales}\u00a0%, выпуск ${productionChange! < 0 ? 'сократился' : 'вырос'} на ${production}\u00a0%`,
  subtitle: (period, previousYear) =>
    `Легковые автомобили, проданные официальными дилерами и выпущенные в Казахстане за ${period} в сравнении с теми же месяцами ${previousYear}\u00a0года; столбик ${previousYear}\u00a0года у каждого показателя\u00a0=\u00a0100`,
  summary: (parts) => `Линейчатая диаграмма, каждый показатель к своему прошлому году (=\u00a0100). ${parts}.`,
  summaryPart: (series, previous, before, current, now, signedPct) =>
    `${series}: ${previous} ${ruFor(before)}, ${current} ${ruFor(now)} (${signedPct})`,
  measure: { 'dealer-sales': 'Продажи официальных дилеров', 'passenger-production': 'Выпуск легковых автомобилей' },
  estimateNote: (measures, before, year) =>
    `${measures.join(' и ')} ${ruFor(before)} (≈) — ${measures.length > 1 ? 'оценки, рассчитанные' : 'оценка, рассчитанная'} по показателю ${year}\u00a0года и его изменению за год.`,
  tableCaption: (period) => `Продажи и выпуск легковых автомобилей за ${period}`,
  tableSeries: 'Показатель',
  source: credits.paperAndUnionProduction.ru,
};

const kk: DealerSalesMessages = {
  series: { 'dealer-sales': 'Ресми дилерлер сатқаны', 'passenger-production': 'Қазақстанда шығарылғаны' },
  title: (sales, salesChange, production, productionChange) =>
    production === undefined
      ? `Дилерлердің жеңіл автокөлік сатылымы ${sales}\u00a0пайызға ${salesChange < 0 ? 'қысқарды' : 'өсті'}`
      : // One verb for both when they moved the same way: «сатылымы 56 пайызға, өндірісі 24,5 пайызға қысқарды».
        (salesChange < 0) === (productionChange! < 0)
        ? `Жеңіл көлік сатылымы ${sales}\u00a0пайызға, өндірісі ${production}\u00a0пайызға ${salesChange < 0 ? 'қысқарды' : 'өсті'}`
        : `Жеңіл көлік сатылымы ${sales}\u00a0пайызға ${salesChange < 0 ? 'қысқарды' : 'өсті'}, өндірісі ${production}\u00a0пайызға ${productionChange! < 0 ? 'қысқарды' : 'өсті'}`,
  subtitle: (period, previousYear) =>
    capitalise(`${inPeriod(period)} ресми дилерлер сатқан және Қазақстанда шығарылған жеңіл автокөліктер, ${previousYear}\u00a0жылдың сол айларымен салыстырғанда; әр көрсеткіштің ${previousYear}\u00a0жылғы жолағы\u00a0=\u00a0100`),
  summary: (parts) => `Жолақты диаграмма, әр көрсеткіш өзінің өткен жылына қарағанда (=\u00a0100). ${parts}.`,
  summaryPart: (series, previous, before, current, now, signedPct) =>
    `${series}: ${inPeriod(kkPeriod(before))} ${previous}, ${inPeriod(kkPeriod(now))} ${current} (${signedPct})`,
  measure: { 'dealer-sales': 'Ресми дилерлердің сатылымы', 'passenger-production': 'Жеңіл автокөлік өндірісі' },
  // «2015 жылғы қаңтар–қарашадағы жеңіл автокөлік өндірісі (≈) — … бағалау.»
  estimateNote: (measures, before, year) =>
    capitalise(
      `${ofPeriod(kkPeriod(before)) ?? kkPeriod(before)} ${measures.map(lowerFirst).join(' мен ')} (≈) — ${year}\u00a0жылғы көрсеткіш пен оның жылдық өзгерісінен есептелген бағалау.`,
    ),
  tableCaption: (period) => `Жеңіл автокөліктердің сатылымы мен өндірісі, ${period}`,
  tableSeries: 'Көрсеткіш',
  source: credits.paperAndUnionProduction.kk,
};

export const dealerSalesMessages: Record<Lang, DealerSalesMessages> = { kk, ru, en };
