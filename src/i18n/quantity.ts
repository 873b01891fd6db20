import type { Fact, Qualifier, Unit } from '../data/types.js';
import type { Locale } from './index.js';

export interface Quantity {
  value: number;
  valueMax?: number;
  qualifier?: Qualifier;
  unit: Unit;
  /** Computed rather than reported: counts are rounded and marked "≈". */
  estimate?: boolean;
  /** A change rather than a level: shown with its sign, "+44%". */
  signed?: boolean;
}

/** Whether a dataset figure is a change on something (its id says so: `…-change-…`). */
export const isChange = (id: string) => /(^|-)change(-|$)/.test(id);

/**
 * Any figure of the dataset with its unit, as a reader of that language would write it:
 * "38.8 thousand vehicles", "61,5 млрд ₸", "more than 10 thousand vehicles", "110–120%",
 * "18 мыңдай адам". The hedge the source printed ("over", "almost", "up to") is kept.
 */
export function formatQuantity({ value, valueMax, qualifier, unit, estimate, signed }: Quantity, { t, f }: Locale): string {
  // "38.8 thousand" as printed, but "10,125" in full: a scale word only where it loses no digit.
  // One hedge only: a qualifier the source printed ("almost", "more than") already says the
  // figure is not exact, and says more than "≈" (which side of it the truth lies), so an estimate
  // with a qualifier keeps the words and drops the sign; its status still says it is an estimate.
  const count = (v: number) =>
    estimate
      ? qualifier
        ? f.number(v, 0)
        : f.approximate(v)
      : Math.abs(v) >= 1e4 && v % 100 === 0
        ? f.compact(v)
        : f.number(v);
  const amount = (v: number): { text: string; noun: string; whole: string } => {
    switch (unit) {
      case 'vehicles':
        return { text: count(v), noun: t.nouns.vehicles(v), whole: t.vehicles(count(v), v) };
      case 'people':
        return { text: count(v), noun: t.nouns.people(v), whole: t.people(count(v), v) };
      case 'brands':
        return { text: count(v), noun: t.nouns.brands(v), whole: t.brandCount(count(v), v) };
      case 'KZT':
      case 'USD': {
        const money = f.money(v, unit);
        return { text: money, noun: '', whole: money };
      }
      case 'percent': {
        const pct = signed ? f.signedPercent(v) : f.percent(v);
        return { text: pct, noun: '', whole: pct };
      }
      case 'percentage-points': {
        const pp = t.percentagePoints(f.signedNumber(v), Math.abs(v));
        return { text: pp, noun: '', whole: pp };
      }
      case 'times':
        return { text: t.times(f.number(v)), noun: '', whole: t.times(f.number(v)) };
    }
  };
  if (valueMax !== undefined) {
    const top = amount(valueMax);
    const bottom = unit === 'percent' ? f.number(value) : amount(value).text;
    return t.range(bottom, top.whole);
  }
  const a = amount(value);
  return qualifier ? t.qualified(qualifier, a.text, a.noun) : a.whole;
}

/** A fact of the dataset as one line: what it measures, its value (signed if a change), its period. */
export function describeFact(fact: Fact, locale: Locale): string {
  return locale.t.factLine(fact.label[locale.lang], formatQuantity({ ...fact, signed: isChange(fact.id) }, locale), locale.f.period(fact.period));
}
