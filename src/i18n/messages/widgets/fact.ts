import type { Lang, Period } from '../../../data/types.js';
import { dative } from '../../kk-case.js';
import { ofPeriod } from '../../kk-period.js';
import { capitalise } from '../../sentence.js';
import { ruDativePeriod } from '../../ru-case.js';

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  estimate: 'Estimate computed from reported figures',
  /** `reads` is the arithmetic with its figures: "8,157 ÷ (100% − 24.5%)". */
  estimateFormula: (reads: string) => `Estimate: ${reads}`,
  exactFormula: (reads: string) => `Computed: ${reads}`,
  /** "−56% compared with 88.4 thousand vehicles in January–November 2015". */
  compare: (change: string, other: string, period: string, _kind?: Period['kind']) =>
    period ? `${change} compared with ${other} in ${period}` : `${change} compared with ${other}`,
  summary: (label: string, value: string, period: string) => (period ? `${label}, ${period}: ${value}.` : `${label}: ${value}.`),
  tableCaption: 'The figure',
  tableFigure: 'Figure',
  tableValue: 'Value',
  tablePeriod: 'Period',
};

export type FactMessages = typeof en;

const ru: FactMessages = {
  estimate: 'Оценка, рассчитанная по опубликованным данным',
  estimateFormula: (reads) => `Оценка: ${reads}`,
  exactFormula: (reads) => `Расчёт: ${reads}`,
  // «−22 % к январю–ноябрю 2015 года (≈12 981 ед.)»: the period in the dative, the figure in brackets.
  compare: (change, other, period, kind) => {
    const dative = period && kind ? ruDativePeriod(period, kind) : undefined;
    return dative ? `${change} к ${dative} (${other})` : period ? `${change} к ${other} (${period})` : `${change} к ${other}`;
  },
  summary: (label, value, period) => (period ? `${label}, ${period}: ${value}.` : `${label}: ${value}.`),
  tableCaption: 'Показатель',
  tableFigure: 'Показатель',
  tableValue: 'Значение',
  tablePeriod: 'Период',
};

const kk: FactMessages = {
  estimate: 'Жарияланған деректерден есептелген бағалау',
  estimateFormula: (reads) => `Бағалау: ${reads}`,
  exactFormula: (reads) => `Есеп: ${reads}`,
  // «2015 жылғы қаңтар–қарашадағы ≈12 981 автокөлікке қарағанда −22 %»: қарағанда takes the dative.
  compare: (change, other, period) => {
    const of = period ? ofPeriod(period) : '';
    return capitalise(of === undefined ? `${period}: ${dative(other)} қарағанда ${change}` : `${of ? `${of} ` : ''}${dative(other)} қарағанда ${change}`);
  },
  summary: (label, value, period) => (period ? `${label}, ${period}: ${value}.` : `${label}: ${value}.`),
  tableCaption: 'Көрсеткіш',
  tableFigure: 'Көрсеткіш',
  tableValue: 'Мәні',
  tablePeriod: 'Кезең',
};

export const factMessages: Record<Lang, FactMessages> = { kk, ru, en };
