import type { Lang } from '../../../data/types.js';
import { inPeriod, sentence } from '../../kk-period.js';

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  series: { 'dealer-sales': 'Sold by official dealers', 'passenger-production': 'Produced in Kazakhstan' },
  /** `sales` and `production` are sizes of change without sign or %. */
  title: (sales: string, salesChange: number, production?: string, productionChange?: number) =>
    production === undefined
      ? `Dealer sales of passenger cars ${salesChange < 0 ? 'fell' : 'rose'} by ${sales}%`
      : `Dealer car sales ${salesChange < 0 ? 'fell' : 'rose'} by ${sales}% and passenger-car production ${productionChange! < 0 ? 'fell' : 'rose'} by ${production}%`,
  subtitle: (period: string, previousYear: string) =>
    `Passenger cars sold by official dealers and produced in Kazakhstan in ${period}, compared with the same months of ${previousYear}`,
  summary: (parts: string) => `Bar chart. ${parts}.`,
  summaryPart: (series: string, previous: string, previousYear: string, current: string, year: string, signedPct: string) =>
    `${series}: ${previous} in ${previousYear}, ${current} in ${year} (${signedPct})`,
  tableCaption: (period: string) => `Passenger cars sold and produced, ${period}`,
  tableSeries: 'Series',
};

export type DealerSalesMessages = typeof en;

const ru: DealerSalesMessages = {
  series: { 'dealer-sales': 'Продажи официальных дилеров', 'passenger-production': 'Выпуск в Казахстане' },
  title: (sales, salesChange, production, productionChange) =>
    production === undefined
      ? `Продажи легковых автомобилей у дилеров ${salesChange < 0 ? 'упали' : 'выросли'} на ${sales}\u00a0%`
      : `Продажи легковых автомобилей ${salesChange < 0 ? 'упали' : 'выросли'} на ${sales}\u00a0%, выпуск ${productionChange! < 0 ? 'сократился' : 'вырос'} на ${production}\u00a0%`,
  subtitle: (period, previousYear) =>
    `Легковые автомобили, проданные официальными дилерами и выпущенные в Казахстане за ${period} в сравнении с теми же месяцами ${previousYear} года`,
  summary: (parts) => `Линейчатая диаграмма. ${parts}.`,
  summaryPart: (series, previous, previousYear, current, year, signedPct) =>
    `${series}: ${previous} в ${previousYear} году, ${current} в ${year} году (${signedPct})`,
  tableCaption: (period) => `Продажи и выпуск легковых автомобилей за ${period}`,
  tableSeries: 'Показатель',
};

const kk: DealerSalesMessages = {
  series: { 'dealer-sales': 'Ресми дилерлер сатқаны', 'passenger-production': 'Қазақстанда шығарылғаны' },
  title: (sales, salesChange, production, productionChange) =>
    production === undefined
      ? `Дилерлердің жеңіл автокөлік сатылымы ${sales}\u00a0пайызға ${salesChange < 0 ? 'қысқарды' : 'өсті'}`
      : // One verb for both when they moved the same way: «сатылымы 56 пайызға, өндірісі 24,5 пайызға қысқарды».
        (salesChange < 0) === (productionChange! < 0)
        ? `Дилерлердің жеңіл автокөлік сатылымы ${sales}\u00a0пайызға, өндірісі ${production}\u00a0пайызға ${salesChange < 0 ? 'қысқарды' : 'өсті'}`
        : `Дилерлердің жеңіл автокөлік сатылымы ${sales}\u00a0пайызға ${salesChange < 0 ? 'қысқарды' : 'өсті'}, өндірісі ${production}\u00a0пайызға ${productionChange! < 0 ? 'қысқарды' : 'өсті'}`,
  subtitle: (period, previousYear) =>
    sentence(`${inPeriod(period)} ресми дилерлер сатқан және Қазақстанда шығарылған жеңіл автокөліктер, ${previousYear}\u00a0жылдың сол айларымен салыстырғанда`),
  summary: (parts) => `Жолақты диаграмма. ${parts}.`,
  summaryPart: (series, previous, previousYear, current, year, signedPct) =>
    `${series}: ${previousYear}\u00a0жылы ${previous}, ${year}\u00a0жылы ${current} (${signedPct})`,
  tableCaption: (period) => `Жеңіл автокөліктердің сатылымы мен өндірісі, ${period}`,
  tableSeries: 'Көрсеткіш',
};

export const dealerSalesMessages: Record<Lang, DealerSalesMessages> = { kk, ru, en };
