import type { Lang } from '../../../data/types.js';
import { listOf } from '../../list.js';

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  /** `ratio` is "5" for a five-fold rise. */
  titleRise: (ratio: string, from: string, to: string) => `Vehicle output in value grew ${ratio} times from ${from} to ${to}`,
  titleFall: (from: string, to: string) => `Vehicle output in value fell from ${from} to ${to}`,
  subtitle: (periods: string[]) => `Value of vehicles produced in Kazakhstan, ${listOf(periods, 'and')}`,
  series: 'Output',
  alsoPrefix: 'Also in the source:',
  summary: (parts: string) => `Bar chart of the value of vehicles produced. ${parts}.`,
  summaryPart: (period: string, value: string) => `${period}: ${value}`,
  tableCaption: 'Value of vehicles produced',
  tablePeriod: 'Period',
  tableValue: 'Value',
  source: 'inform.kz',
};

export type OutputValueMessages = typeof en;

const ru: OutputValueMessages = {
  titleRise: (ratio, from, to) => `Объём производства автомобилей в деньгах вырос в ${ratio} раз с ${from} по ${to} год`,
  titleFall: (from, to) => `Объём производства автомобилей в деньгах сократился с ${from} по ${to} год`,
  subtitle: (periods) => `Стоимость автомобилей, произведённых в Казахстане, ${listOf(periods, 'и')}`,
  series: 'Объём производства',
  alsoPrefix: 'Также в источнике:',
  summary: (parts) => `Столбчатая диаграмма стоимости выпущенных автомобилей. ${parts}.`,
  summaryPart: (period, value) => `${period}: ${value}`,
  tableCaption: 'Стоимость выпущенных автомобилей',
  tablePeriod: 'Период',
  tableValue: 'Стоимость',
  source: 'inform.kz',
};

const kk: OutputValueMessages = {
  titleRise: (ratio, from, to) => `Автокөлік өндірісінің құны ${from}–${to} жылдары ${ratio} есе өсті`,
  titleFall: (from, to) => `Автокөлік өндірісінің құны ${from}–${to} жылдары қысқарды`,
  subtitle: (periods) => `Қазақстанда шығарылған автокөліктердің құны, ${listOf(periods, 'және')}`,
  series: 'Өндіріс көлемі',
  alsoPrefix: 'Дереккөзде тағы:',
  summary: (parts) => `Шығарылған автокөліктер құнының бағанды диаграммасы. ${parts}.`,
  summaryPart: (period, value) => `${period}: ${value}`,
  tableCaption: 'Шығарылған автокөліктердің құны',
  tablePeriod: 'Кезең',
  tableValue: 'Құны',
  source: 'inform.kz',
};

export const outputValueMessages: Record<Lang, OutputValueMessages> = { kk, ru, en };
