import type { Lang } from '../../../data/types.js';

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  estimate: 'Estimate, computed from reported figures',
  /** `reads` is the arithmetic with its figures: "8,157 ÷ (100% − 24.5%)". */
  estimateFormula: (reads: string) => `Estimate: ${reads}`,
  exactFormula: (reads: string) => `Computed: ${reads}`,
  /** "−56% against 88.4 thousand vehicles in January–November 2015". */
  compare: (change: string, other: string, period: string) => (period ? `${change} against ${other} in ${period}` : `${change} against ${other}`),
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
  compare: (change, other, period) => (period ? `${change} к ${other} за ${period}` : `${change} к ${other}`),
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
  compare: (change, other, period) => (period ? `${period}: ${other} — ${change}` : `${other} — ${change}`),
  summary: (label, value, period) => (period ? `${label}, ${period}: ${value}.` : `${label}: ${value}.`),
  tableCaption: 'Көрсеткіш',
  tableFigure: 'Көрсеткіш',
  tableValue: 'Мәні',
  tablePeriod: 'Кезең',
};

export const factMessages: Record<Lang, FactMessages> = { kk, ru, en };
