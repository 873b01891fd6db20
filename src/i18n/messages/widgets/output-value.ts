import type { Lang } from '../../../data/types.js';
import { timesRu } from '../../ru-plural.js';
import { fold } from '../../en-fold.js';
import { listOf } from '../../list.js';
/** Plain years read «с 2010 по 2015 год»; other periods are named as they are. */
const isYear = (s: string) => /^\d{4}$/.test(s);

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  /** `ratio` is the formatted multiple, "5" for a fivefold rise. */
  titleRise: (ratio: string, from: string, to: string) => `The value of vehicle output rose ${fold(ratio)} from ${from} to ${to}`,
  titleFall: (from: string, to: string) => `The value of vehicle output fell from ${from} to ${to}`,
  /** `periods` are the periods charted, listed as "2010 and 2015"; `years` when each is one year. */
  subtitle: (periods: string[], _years?: boolean) => `Value of vehicles produced in Kazakhstan, ${listOf(periods, 'and')}`,
  series: 'Output',
  alsoPrefix: 'Also in the source:',
  nominal: 'Values in tenge of each year, not adjusted for inflation.',
  summary: (parts: string) => `Bar chart of the value of vehicles produced. ${parts}.`,
  summaryPart: (period: string, value: string) => `${period}: ${value}`,
  tableCaption: 'Value of vehicles produced',
  tablePeriod: 'Period',
  tableValue: 'Value',
  source: 'inform.kz',
};

export type OutputValueMessages = typeof en;

const ru: OutputValueMessages = {
  titleRise: (ratio, from, to) =>
    isYear(from) && isYear(to)
      ? `Стоимость выпуска автомобилей выросла ${timesRu(ratio)} с ${from} по ${to} год`
      : `Стоимость выпуска автомобилей выросла ${timesRu(ratio)}: ${from} — ${to}`,
  titleFall: (from, to) =>
    isYear(from) && isYear(to)
      ? `Стоимость выпуска автомобилей снизилась с ${from} по ${to} год`
      : `Стоимость выпуска автомобилей снизилась: ${from} — ${to}`,
  subtitle: (periods, years) => `Стоимость автомобилей, произведённых в Казахстане, ${years ? `в ${listOf(periods, 'и')}\u00a0годах` : listOf(periods, 'и')}`,
  // The quantity the title and table name: the value of the cars made, not a count.
  series: 'Стоимость выпуска',
  // A full stop, as after «Примечание.»: the line after it is a sentence with a colon of its own.
  alsoPrefix: 'Также в источнике.',
  nominal: 'В тенге соответствующего года, без поправки на инфляцию.',
  summary: (parts) => `Линейчатая диаграмма стоимости выпущенных автомобилей. ${parts}.`,
  summaryPart: (period, value) => `${period}: ${value}`,
  tableCaption: 'Стоимость выпущенных автомобилей',
  tablePeriod: 'Период',
  tableValue: 'Стоимость',
  source: 'inform.kz',
};

const kk: OutputValueMessages = {
  titleRise: (ratio, from, to) => `Автокөлік өндірісінің құны ${from}–${to}\u00a0жылдары ${ratio}\u00a0есе өсті`,
  titleFall: (from, to) => `Автокөлік өндірісінің құны ${from}–${to}\u00a0жылдары қысқарды`,
  // «2010 және 2015 жылдар».
  subtitle: (periods, years) => `Қазақстанда шығарылған автокөліктердің құны, ${listOf(periods, 'және')}${years ? `\u00a0${periods.length > 1 ? 'жылдар' : 'жыл'}` : ''}`,
  series: 'Өндіріс көлемі',
  alsoPrefix: 'Дереккөзде сондай-ақ:',
  nominal: 'Әр жылдың теңгесімен, инфляцияға түзетілмеген.',
  summary: (parts) => `Жолақты диаграмма: шығарылған автокөліктердің құны. ${parts}.`,
  summaryPart: (period, value) => `${period}: ${value}`,
  tableCaption: 'Шығарылған автокөліктердің құны',
  tablePeriod: 'Кезең',
  tableValue: 'Құны',
  source: 'inform.kz',
};

export const outputValueMessages: Record<Lang, OutputValueMessages> = { kk, ru, en };
