import type { Lang } from '../../../data/types.js';
import { credits } from '../../credits.js';

/** «2016 жылғы қаңтар–қараша»; a span across years already names its years. */
const kkMonths = (months: string, year: string) => (/\d/.test(months) ? months : `${year}\u00a0жылғы ${months}`);

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  /** Change mode: the type with the largest move, e.g. "Passenger-car production fell most, by 24.5%". */
  titleChange: (output: string, n: string, change: number) =>
    `${output} ${change < 0 ? 'fell' : 'rose'} most, by ${n}%`,
  titleOne: (output: string, n: string, change: number) => `${output} ${change < 0 ? 'fell' : 'rose'} by ${n}%`,
  output: {
    'passenger-cars': 'Passenger-car production',
    trucks: 'Truck production',
    buses: 'Bus production',
  },
  /** `n` is the size of the change as a formatted number, without sign or %. */
  title: (n: string, change: number) =>
    change < 0 ? `Vehicle output in Kazakhstan fell by ${n}%` : `Vehicle output in Kazakhstan rose by ${n}%`,
  subtitleUnits: (period: string, previousYear: string) =>
    `Vehicles produced by type in ${period} and in the same months of ${previousYear}`,
  subtitleChange: (period: string, previousYear: string) =>
    `Change in vehicles produced by type in ${period} compared with the same months of ${previousYear},\u00a0%`,
  /** `signedPct` only where the title does not already give the total's change. */
  headline: (total: string, signedPct?: string) =>
    signedPct ? `${total} in all, ${signedPct} on a year earlier` : `${total} produced in all`,
  year: (year: string) => year,
  yearEstimate: (year: string) => `${year} (est.)`,
  note: (year: string) =>
    `${year} values are estimates derived from the reported figures and their year-on-year changes.`,
  /** When only some values of the year before are estimates. */
  noteMarked: 'Values marked ≈ are estimates derived from the reported figures and their year-on-year changes.',
  source: credits.unionViaPaper.en,
  summaryUnits: (months: string, year: string, total: string, n: string, change: number, parts: string) =>
    `Bar chart. In ${months} ${year} Kazakhstan produced ${total}, ${n}% ${change < 0 ? 'fewer' : 'more'} than a year earlier. ${parts}.`,
  /** Units view of some types only: the total is not drawn, so not said either. */
  summaryShown: (months: string, year: string, parts: string) =>
    `Bar chart of vehicles produced in ${months} ${year} and in the same months a year earlier. ${parts}.`,
  summaryChange: (months: string, year: string, parts: string) =>
    `Bar chart of the year-on-year change in vehicle production, ${months} ${year}. ${parts}.`,
  summaryPart: (segment: string, value: string, signedPct: string) => `${segment}: ${value} (${signedPct})`,
  summaryChangePart: (segment: string, signedPct: string) => `${segment}: ${signedPct}`,
  tableCaption: (period: string) => `Vehicle production by type, ${period}, vehicles`,
  tableType: 'Vehicle type',
  /** The vehicles in the total that the source puts in no named type. */
  tableOther: 'Other, not broken down by type',
  tableChange: 'Change, %',
};

export type YoyMessages = typeof en;

const ru: YoyMessages = {
  titleChange: (output, n, change) =>
    `${output} ${change < 0 ? 'сократился' : 'вырос'} сильнее всего — на ${n}\u00a0%`,
  titleOne: (output, n, change) => `${output} ${change < 0 ? 'сократился' : 'вырос'} на ${n}\u00a0%`,
  output: {
    'passenger-cars': 'Выпуск легковых автомобилей',
    trucks: 'Выпуск грузовых автомобилей',
    buses: 'Выпуск автобусов',
  },
  title: (n, change) =>
    change < 0
      ? `Выпуск автомобилей в Казахстане сократился на ${n}\u00a0%`
      : `Выпуск автомобилей в Казахстане вырос на ${n}\u00a0%`,
  subtitleUnits: (period, previousYear) =>
    `Выпуск по видам техники за ${period}\u00a0года и те же месяцы ${previousYear}\u00a0года, единиц`,
  subtitleChange: (period, previousYear) =>
    `Изменение выпуска по видам техники за ${period}\u00a0года к тем же месяцам ${previousYear}\u00a0года,\u00a0%`,
  headline: (total, signedPct) => (signedPct ? `Всего ${total}, ${signedPct} к прошлому году` : `Всего выпущено ${total}`),
  year: (year) => year,
  yearEstimate: (year) => `${year} (оценка)`,
  note: (year) =>
    `Значения ${year}\u00a0года — оценки, рассчитанные по опубликованным данным и их изменению за год.`,
  noteMarked: 'Значения со знаком ≈ — оценки, рассчитанные по опубликованным данным и их изменению за год.',
  source: credits.unionViaPaper.ru,
  summaryUnits: (months, year, total, n, change, parts) =>
    `Линейчатая диаграмма. За ${months} ${year}\u00a0года в Казахстане выпущено ${total}, на ${n}\u00a0% ${change < 0 ? 'меньше' : 'больше'}, чем годом ранее. ${parts}.`,
  summaryShown: (months, year, parts) =>
    `Линейчатая диаграмма выпуска техники за ${months} ${year}\u00a0года и те же месяцы годом ранее. ${parts}.`,
  summaryChange: (months, year, parts) =>
    `Линейчатая диаграмма изменения выпуска к прошлому году, ${months} ${year}\u00a0года. ${parts}.`,
  summaryPart: (segment, value, signedPct) => `${segment}: ${value} (${signedPct})`,
  summaryChangePart: (segment, signedPct) => `${segment}: ${signedPct}`,
  tableCaption: (period) => `Выпуск техники по видам за ${period}, единиц`,
  tableType: 'Вид техники',
  tableOther: 'Прочая техника, без разбивки по видам',
  tableChange: 'Изменение, %',
};

const kk: YoyMessages = {
  titleChange: (output, n, change) =>
    `${output} бәрінен көп ${change < 0 ? 'қысқарды' : 'өсті'} — ${n}\u00a0пайызға`,
  titleOne: (output, n, change) => `${output} ${n}\u00a0пайызға ${change < 0 ? 'қысқарды' : 'өсті'}`,
  output: {
    'passenger-cars': 'Жеңіл автокөлік өндірісі',
    trucks: 'Жүк автокөлігі өндірісі',
    buses: 'Автобус өндірісі',
  },
  title: (n, change) =>
    change < 0
      ? `Қазақстанда автокөлік өндірісі ${n}\u00a0пайызға қысқарды`
      : `Қазақстанда автокөлік өндірісі ${n}\u00a0пайызға өсті`,
  subtitleUnits: (period, previousYear) =>
    `Түрлері бойынша автокөлік өндірісі, ${period}, ${previousYear}\u00a0жылдың сол айларымен салыстырғанда, дана`,
  subtitleChange: (period, previousYear) =>
    `Түрлері бойынша автокөлік өндірісінің өзгерісі, ${period}, ${previousYear}\u00a0жылдың сол айларына қарағанда,\u00a0%`,
  headline: (total, signedPct) =>
    signedPct ? `Барлығы ${total}, бір жыл бұрынғыға қарағанда ${signedPct}` : `Барлығы ${total} шығарылды`,
  year: (year) => year,
  yearEstimate: (year) => `${year} (бағалау)`,
  note: (year) =>
    `${year}\u00a0жылғы мәндер — жарияланған көрсеткіштер мен олардың жылдық өзгерісінен есептелген бағалау.`,
  noteMarked: '≈ белгісі бар мәндер — жарияланған көрсеткіштер мен олардың жылдық өзгерісінен есептелген бағалау.',
  source: credits.unionViaPaper.kk,
  summaryUnits: (months, year, total, n, change, parts) =>
    `Жолақты диаграмма. ${kkMonths(months, year)} айларында Қазақстанда ${total} шығарылды, бұл бір жыл бұрынғыдан ${n}\u00a0пайызға ${change < 0 ? 'аз' : 'көп'}. ${parts}.`,
  summaryShown: (months, year, parts) =>
    `Жолақты диаграмма: ${kkMonths(months, year)} айларында және бір жыл бұрын сол айларда шығарылған автокөліктер. ${parts}.`,
  summaryChange: (months, year, parts) =>
    `Жолақты диаграмма: ${kkMonths(months, year)} айларындағы автокөлік өндірісінің жылдық өзгерісі. ${parts}.`,
  summaryPart: (segment, value, signedPct) => `${segment}: ${value} (${signedPct})`,
  summaryChangePart: (segment, signedPct) => `${segment}: ${signedPct}`,
  tableCaption: (period) => `Түрлері бойынша автокөлік өндірісі, ${period}, дана`,
  tableType: 'Техника түрі',
  tableOther: 'Басқа техника, түрлерге бөлінбеген',
  tableChange: 'Өзгеріс, %',
};

export const yoyMessages: Record<Lang, YoyMessages> = { kk, ru, en };
