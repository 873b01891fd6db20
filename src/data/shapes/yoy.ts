import { getFact, type FactId } from '../lookup.js';
import type { DataSchema, RowOf } from '../rows.js';
import { RowChecks, type WidgetData } from '../schema.js';
import { isEstimate, shownValue } from '../types.js';
import { comparisonColumns, figureOf, figureRow, periodsOf, samePeriods, type Periods, type YoyFigure } from './comparison.js';

export const SEGMENTS = ['passenger-cars', 'trucks', 'buses'] as const;
export type SegmentKey = (typeof SEGMENTS)[number];

export interface YoySegment extends YoyFigure {
  key: SegmentKey;
}

export interface YoyData extends Periods {
  total: YoyFigure;
  segments: YoySegment[];
}

// An estimate goes out rounded to what its inputs allow, in the chart and in the CSV alike.
const value = (id: FactId) => shownValue(getFact(id));
export const factFigure = (current: FactId, previous: FactId, change: FactId): YoyFigure => ({
  current: value(current),
  previous: value(previous),
  change: value(change),
  previousEstimated: isEstimate(getFact(previous)),
  facts: [current, change, previous],
});

/** Production by vehicle type, January–November 2016 against the same months of 2015. */
export function bundledYoyData(): YoyData {
  return {
    period: getFact('production-2016').period,
    previousPeriod: getFact('production-2015-est').period,
    total: factFigure('production-2016', 'production-2015-est', 'production-change-2016'),
    segments: [
      { key: 'passenger-cars', ...factFigure('passenger-production-2016', 'passenger-production-2015-est', 'passenger-change-2016') },
      { key: 'trucks', ...factFigure('truck-production-2016', 'truck-production-2015-est', 'truck-change-2016') },
      { key: 'buses', ...factFigure('bus-production-2016', 'bus-production-2015-est', 'bus-change-2016') },
    ],
  };
}

const KEYS = [...SEGMENTS, 'total'] as const;

export const yoySchema = {
  id: 'kz-auto-yoy@1',
  version: 1,
  columns: comparisonColumns('segment', KEYS, 'vehicle type (total: all types, summed when absent)'),
  maxRows: 4,
} as const satisfies DataSchema;

/** One row of `<kz-auto-yoy>`'s own data (the `data` property, or a JSON file at `src`). */
export type YoyRow = RowOf<typeof yoySchema.columns>;

export const yoyData: WidgetData<YoyData> = {
  schema: yoySchema,
  bundled: bundledYoyData,
  fromRows(rows) {
    const checks = new RowChecks();
    samePeriods(rows, checks.errors);
    checks.unique(rows, 'segment');
    const segments = rows.filter((r) => r.segment !== 'total').map((r) => ({ key: r.segment as SegmentKey, ...figureOf(r) }));
    if (!segments.length) checks.fail({ row: 0, field: 'segment', expected: { kind: 'row-with', value: SEGMENTS.join(', ') }, found: 'total' });
    const totalRow = rows.find((r) => r.segment === 'total');
    return checks.result(() => {
      const sum = (pick: (s: YoyFigure) => number) => segments.reduce((a, s) => a + pick(s), 0);
      const total = totalRow
        ? figureOf(totalRow)
        : figureOf({ value: sum((s) => s.current), previous_value: sum((s) => s.previous), previous_is_estimate: segments.some((s) => s.previousEstimated) });
      return { ...periodsOf(rows[0]!), total, segments };
    });
  },
  toRows: (data, _locale, source) => [
    ...data.segments.map((s) => figureRow('segment', s.key, data, s, source)),
    figureRow('segment', 'total', data, data.total, source),
  ],
};
