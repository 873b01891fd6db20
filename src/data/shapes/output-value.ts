import { getFact } from '../lookup.js';
import type { Period } from '../types.js';
import { periodBounds, type DataSchema, type RowOf } from '../rows.js';
import { factsCell, factsOf, RowChecks, rowPeriod, SOURCE_COLUMNS, type WidgetData } from '../schema.js';

export const CURRENCIES = ['KZT', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface OutputPoint {
  period: Period;
  /** In whole units of the currency (80e9, not 80). */
  value: number;
  currency: Currency;
  facts?: string[];
}

/** Other sector-scale figures of the Kazakh article, shown beside the two points on request. */
export const OUTPUT_ANNOTATIONS = ['average-growth', 'car-market', 'manufacturing-share', 'dollar-slip'] as const;
export type OutputAnnotation = (typeof OUTPUT_ANNOTATIONS)[number];

export const ANNOTATION_FACTS = {
  'average-growth': 'average-growth-2010-2015',
  'car-market': 'car-market-2015-usd',
  'manufacturing-share': 'manufacturing-share-change-2010-2015',
  'dollar-slip': 'production-value-2015-usd',
} as const satisfies Record<OutputAnnotation, string>;

export interface OutputValueData {
  points: OutputPoint[];
  /** Whether the annotations of the bundled dataset apply (they describe its figures only). */
  bundled: boolean;
}

/** The sector's output in value, 2010 and 2015, as the Kazakh article gives it. */
export function bundledOutputValueData(): OutputValueData {
  const point = (id: 'production-value-2010' | 'production-value-2015'): OutputPoint => {
    const f = getFact(id);
    return { period: f.period, value: f.value, currency: 'KZT', facts: [id] };
  };
  return { points: [point('production-value-2010'), point('production-value-2015')], bundled: true };
}

export const outputValueSchema = {
  id: 'kz-output-value@1',
  version: 1,
  columns: [
    { name: 'period_from', type: 'period', description: 'Year (YYYY) or month (YYYY-MM) of the figure.' },
    { name: 'period_to', type: 'period', optional: true, description: 'Last year or month when the figure covers several; empty for one.' },
    { name: 'value', type: 'count', description: 'Output in whole units of the currency (80000000000, not 80).' },
    { name: 'currency', type: { oneOf: ['kzt', 'usd'] }, description: 'KZT (tenge) or USD. Every row in the same one.' },
    ...SOURCE_COLUMNS,
  ],
  // Points, not a series: the widget draws each as its own bar and never joins them.
  maxRows: 8,
} as const satisfies DataSchema;

/** One row of `<kz-output-value>`'s own data (the `data` property, or a JSON file at `src`). */
export type OutputValueRow = RowOf<typeof outputValueSchema.columns>;

export const outputValueData: WidgetData<OutputValueData> = {
  schema: outputValueSchema,
  bundled: bundledOutputValueData,
  fromRows(rows) {
    const checks = new RowChecks();
    const currency = rows[0]!.currency;
    rows.forEach((r, i) => {
      if (r.currency !== currency) checks.fail({ row: i + 1, field: 'currency', expected: { kind: 'same-unit', unit: String(currency).toUpperCase() }, found: String(r.currency).toUpperCase() });
    });
    return checks.result(() => ({
      points: rows.map((r) => ({
        period: rowPeriod(r),
        value: r.value as number,
        currency: String(r.currency).toUpperCase() as Currency,
        ...factsOf(r.source_facts),
      })),
      bundled: false,
    }));
  },
  toRows: (data, _locale, source) =>
    data.points.map((p) => {
      const [from, to] = periodBounds(p.period);
      return { period_from: from, period_to: to, value: p.value, currency: p.currency, source, source_facts: factsCell(p.facts) };
    }),
};
