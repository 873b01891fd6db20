/**
 * Rows of "this period against the same months a year before", shared by the year-on-year
 * widget (one row per vehicle type) and the dealer-sales widget (one row per series).
 */
import type { Column, RowError, TypedRow } from '../rows.js';
import { periodBounds, toPeriod } from '../rows.js';
import type { Cell } from '../csv.js';
import type { Period } from '../types.js';
import { factsCell, factsOf, SOURCE_COLUMNS } from '../schema.js';

export interface YoyFigure {
  current: number;
  previous: number;
  /** Percentage change, as reported (e.g. −24.5). */
  change: number;
  /** True where `previous` is computed from `current` and `change` rather than reported. */
  previousEstimated: boolean;
  /** Ids of the dataset facts the figure comes from, for provenance in exports. */
  facts?: string[];
}

export interface Periods {
  period: Period;
  previousPeriod: Period;
}

export function comparisonColumns<K extends string, V extends string>(key: K, keys: readonly V[], what: string) {
  return [
    { name: key, type: { oneOf: keys }, description: `Which ${what} the row is about: ${keys.join(', ')}.` },
    { name: 'period_from', type: 'period', description: 'First month (YYYY-MM) or year (YYYY) of the period shown.' },
    { name: 'period_to', type: 'period', description: 'Last month or year of the period shown.' },
    { name: 'value', type: 'count', description: 'The figure for that period (zero or more).' },
    { name: 'previous_period_from', type: 'period', description: 'First month or year of the period compared with.' },
    { name: 'previous_period_to', type: 'period', description: 'Last month or year of the period compared with.' },
    { name: 'previous_value', type: 'count', description: 'The figure for the period compared with.' },
    { name: 'previous_is_estimate', type: 'boolean', optional: true, description: 'true when the previous value is computed rather than reported (drawn hatched). Default false.' },
    { name: 'change_percent', type: 'number', optional: true, description: 'Change in % as reported (e.g. -24.5). Computed from the two values when empty.' },
    ...SOURCE_COLUMNS,
  ] as const satisfies readonly Column[];
}

export function figureOf(row: TypedRow): YoyFigure {
  const current = row.value as number;
  const previous = row.previous_value as number;
  const reported = row.change_percent as number | undefined;
  const change = reported ?? (previous > 0 ? Math.round((current / previous - 1) * 1000) / 10 : 0);
  return { current, previous, change, previousEstimated: row.previous_is_estimate === true, ...factsOf(row.source_facts) };
}

export const periodsOf = (row: TypedRow): Periods => ({
  period: toPeriod(row.period_from as string, row.period_to as string),
  previousPeriod: toPeriod(row.previous_period_from as string, row.previous_period_to as string),
});

/** Every row must compare the same two periods: a chart with two year labels cannot say more. */
export function samePeriods(rows: TypedRow[], errors: RowError[]) {
  const key = (r: TypedRow) => `${r.period_from}/${r.period_to}/${r.previous_period_from}/${r.previous_period_to}`;
  const first = rows[0]!;
  rows.forEach((r, i) => {
    if (key(r) !== key(first)) {
      errors.push({ row: i + 1, field: 'period_from', expected: { kind: 'same-periods', value: key(first) }, found: key(r) });
    }
  });
}

export function figureRow(keyColumn: string, key: string, periods: Periods, f: YoyFigure, source: string): Record<string, Cell> {
  const [from, to] = periodBounds(periods.period);
  const [pFrom, pTo] = periodBounds(periods.previousPeriod);
  return {
    [keyColumn]: key,
    period_from: from,
    period_to: to,
    value: f.current,
    previous_period_from: pFrom,
    previous_period_to: pTo,
    previous_value: f.previous,
    previous_is_estimate: f.previousEstimated,
    change_percent: f.change,
    source,
    source_facts: factsCell(f.facts),
  };
}
