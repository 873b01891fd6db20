import type { Period } from '../data/types.js';

/** How far apart two periods of the same kind are: whole months between single months, years between years. */
export type PeriodSpan = { unit: 'months' | 'years'; count: number };

const monthIndex = (ym: string) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
};

/**
 * The span from one period to a later one, when it can be said in whole months or years; none
 * for periods of different kinds (a month against a year), so no text claims "in a year" then.
 */
export function periodSpan(a: Period, b: Period): PeriodSpan | undefined {
  if (a.kind === 'months' && b.kind === 'months' && a.from === a.to && b.from === b.to) {
    const count = monthIndex(b.from) - monthIndex(a.from);
    if (count <= 0) return undefined;
    return count % 12 === 0 ? { unit: 'years', count: count / 12 } : { unit: 'months', count };
  }
  if (a.kind === 'year' && b.kind === 'year' && b.year > a.year) return { unit: 'years', count: b.year - a.year };
  return undefined;
}

/** What the periods of a table's rows are, for its first column's header. */
export function periodsKind(periods: Period[]): 'month' | 'year' | 'period' {
  if (periods.every((p) => p.kind === 'months' && p.from === p.to)) return 'month';
  if (periods.every((p) => p.kind === 'year')) return 'year';
  return 'period';
}
