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
  /** Every vehicle counted is a car: «2 369 автомобилей» rather than «единиц техники». */
  cars?: boolean;
  /** Where space is tight (in brackets): «≈12 981 ед.». */
  short?: boolean;
}

/** Subjects whose vehicles are all cars, so Russian counts them as «автомобили». */
const CAR_SUBJECTS: ReadonlySet<string> = new Set(['passenger-cars', 'dealer-sales', 'asia-auto']);
export const countsCars = (subject: string | undefined) => subject !== undefined && CAR_SUBJECTS.has(subject);

/** Whether a dataset figure is a change on something (its id says so: `…-change-…`). */
export const isChange = (id: string) => /(^|-)change(-|$)/.test(id);

/**
 * Any figure of the dataset with its unit, as a reader of that language would write it:
 * "38.8 thousand vehicles", "61,5 млрд ₸", "more than 10 thousand vehicles", "110–120%",
 * "18 мыңдай адам". The hedge the source printed ("over", "almost", "up to") is kept.
 */
export function formatQuantity({ value, valueMax, qualifier, unit, estimate, signed, cars, short }: Quantity, { t, f }: Locale): string {
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
      // The noun agrees with the number as printed, in the case the hedge asks for.
      case 'vehicles':
        return {
          text: count(v),
          noun: t.nouns.vehicles(count(v), qualifier ?? 'about', cars),
          whole: short && !cars ? t.vehiclesShort(count(v)) : t.vehicles(count(v), v, cars),
        };
      case 'people':
        return { text: count(v), noun: t.nouns.people(count(v), qualifier ?? 'about'), whole: t.people(count(v), v) };
      case 'brands':
        return { text: count(v), noun: t.nouns.brands(count(v), qualifier ?? 'about'), whole: t.brandCount(count(v), v) };
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
  if (unit === 'times' && qualifier) return t.timesQualified(qualifier, f.number(value));
  const a = amount(value);
  return qualifier ? t.qualified(qualifier, a.text, a.noun) : a.whole;
}

/** A fact of the dataset as one line: what it measures, its value (signed if a change), its period. */
export function describeFact(fact: Fact, locale: Locale): string {
  return locale.t.factLine(
    fact.label[locale.lang],
    formatQuantity({ ...fact, signed: isChange(fact.id), cars: countsCars(fact.subject) }, locale),
    locale.f.periodInText(fact.period),
  );
}
