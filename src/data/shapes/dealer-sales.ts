import { getFact } from '../lookup.js';
import type { DataSchema, RowOf } from '../rows.js';
import { RowChecks, type WidgetData } from '../schema.js';
import { comparisonColumns, figureOf, figureRow, periodsOf, samePeriods, type Periods, type YoyFigure } from './comparison.js';
import { factFigure } from './yoy.js';

/** Demand (dealer sales) and supply (passenger-car production), in the same months. */
export const DEALER_SERIES = ['dealer-sales', 'passenger-production'] as const;
export type DealerSeriesKey = (typeof DEALER_SERIES)[number];

export interface DealerSalesData extends Periods {
  series: (YoyFigure & { key: DealerSeriesKey })[];
}

/** Official dealer sales of passenger cars and passenger-car production, Jan–Nov 2015 and 2016. */
export function bundledDealerSalesData(): DealerSalesData {
  return {
    period: getFact('dealer-sales-2016').period,
    previousPeriod: getFact('dealer-sales-2015').period,
    series: [
      { key: 'dealer-sales', ...factFigure('dealer-sales-2016', 'dealer-sales-2015', 'dealer-sales-change-2016') },
      { key: 'passenger-production', ...factFigure('passenger-production-2016', 'passenger-production-2015-est', 'passenger-change-2016') },
    ],
  };
}

export const dealerSalesSchema = {
  id: 'kz-dealer-sales@1',
  version: 1,
  columns: comparisonColumns('series', DEALER_SERIES, 'series (dealer sales or passenger-car production)'),
  maxRows: 2,
} as const satisfies DataSchema;

/** One row of `<kz-dealer-sales>`'s own data (the `data` property, or a JSON file at `src`). */
export type DealerSalesRow = RowOf<typeof dealerSalesSchema.columns>;

export const dealerSalesData: WidgetData<DealerSalesData> = {
  schema: dealerSalesSchema,
  bundled: bundledDealerSalesData,
  fromRows(rows) {
    const checks = new RowChecks();
    samePeriods(rows, checks.errors);
    checks.unique(rows, 'series');
    if (!rows.some((r) => r.series === 'dealer-sales')) {
      checks.fail({ row: 0, field: 'series', expected: { kind: 'row-with', value: 'dealer-sales' }, found: rows.map((r) => r.series).join(', ') });
    }
    // Sales first, as the chart's story reads: demand fell, and output with it.
    const order = (k: unknown) => DEALER_SERIES.indexOf(k as DealerSeriesKey);
    return checks.result(() => ({
      ...periodsOf(rows[0]!),
      series: [...rows].sort((a, b) => order(a.series) - order(b.series)).map((r) => ({ key: r.series as DealerSeriesKey, ...figureOf(r) })),
    }));
  },
  toRows: (data, _locale, source) => data.series.map((s) => figureRow('series', s.key, data, s, source)),
};
