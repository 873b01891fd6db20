/** Text in each language the widgets speak. */
export interface Localized {
  kk: string;
  ru: string;
  en: string;
}

export type Lang = keyof Localized;

/** What a value is counted in. Money is stored in whole units (tenge, dollars), not billions. */
export type Unit =
  | 'vehicles'
  | 'KZT'
  | 'USD'
  | 'percent'
  | 'percentage-points'
  | 'people'
  | 'brands'
  | 'times';

/** When a figure applies. Month strings are ISO `YYYY-MM`. */
export type Period =
  | { kind: 'months'; from: string; to: string }
  | { kind: 'year'; year: number }
  | { kind: 'years'; from: number; to: number }
  /** Periods the articles only describe ("over the last six years"). */
  | { kind: 'described'; text: Localized };

/** Who or what a figure is about. */
export type Subject =
  | 'sector'
  | 'passenger-cars'
  | 'trucks'
  | 'buses'
  | 'unassigned-vehicles'
  | 'dealer-sales'
  | 'car-market'
  | 'local-assembly'
  | 'asia-auto'
  | 'kostanay'
  | 'car-loan-programme'
  | 'kostanay-industrial-zone'
  | 'customs-union';

/** How a printed figure hedges itself ("more than 10 thousand", "almost 31 billion"). */
export type Qualifier = 'over' | 'almost' | 'about' | 'up-to';

export type SourceId = 'vremya-vostoka-2016' | 'inform-kz-2016';

/** Where a reported figure stands in its article. Paragraphs and sentences count from 1. */
export interface Provenance {
  article: SourceId;
  paragraph: number;
  sentence: number;
  /** The figure exactly as printed, in the article's language. */
  printed: string;
}

interface FactBase {
  id: string;
  value: number;
  /** Upper end where the article gives a range ("110-120 пайыз"). */
  valueMax?: number;
  qualifier?: Qualifier;
  unit: Unit;
  /** What the figure measures, as a reader would say it. */
  label: Localized;
  period: Period;
  subject: Subject;
  /** A conflict or caveat found while reading the article, kept next to the figure. */
  note?: Localized;
}

/** A figure printed in one of the source articles. */
export interface ReportedFact extends FactBase {
  kind: 'reported';
  source: Provenance;
}

/**
 * A figure computed from reported ones. Exact arithmetic on exact figures (10 125 − 9 762 = 363)
 * is shown as it is; a value from rounded percentages is an estimate, shown as `shown`.
 */
export interface DerivedFact extends FactBase {
  kind: 'derived';
  /** True when every input is exact, so the result is too. */
  exact: boolean;
  /** The range the value lies in, given how precisely its inputs are printed. */
  low: number;
  high: number;
  /** The value rounded to what its inputs allow (≈10 800, not 10 803.97); `value` when exact. */
  shown: number;
  /** Arithmetic over fact ids, e.g. `passenger-production-2016 / (1 + passenger-change-2016 / 100)`. */
  formula: string;
  /**
   * The arithmetic as a reader reads it, with `{fact-id}` where an input's value goes and `{100%}`
   * for a hundred per cent: `{passenger-production-2016} ÷ ({100%} + {passenger-change-2016})`.
   */
  reads: string;
  inputs: string[];
}

export type Fact = ReportedFact | DerivedFact;

/** A derived figure that is not exact: shown rounded and marked as an estimate. */
export const isEstimate = (fact: Fact): boolean => fact.kind === 'derived' && !fact.exact;

/** The value a reader sees: an estimate rounded to what its inputs allow, anything else as it is. */
export const shownValue = (fact: Fact): number => (fact.kind === 'derived' ? fact.shown : fact.value);

/** Text from the bundled dataset (in every language) or from a newsroom's data (as written). */
export type Text = string | Localized;

/** Text in the reader's language; a newsroom's own text is shown as written. */
export const localText = (text: Text, lang: Lang): string => (typeof text === 'string' ? text : text[lang]);
