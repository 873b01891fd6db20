import { getFact } from '../lookup.js';
import { plants } from '../entities.js';
import type { Localized, Period } from '../types.js';
import { periodBounds, type DataSchema, type RowOf } from '../rows.js';
import { factsCell, factsOf, RowChecks, rowPeriod, SOURCE_COLUMNS, type WidgetData } from '../schema.js';

export interface SharePoint {
  period: Period;
  /** Per cent of sales, 0–100. */
  share: number;
  facts?: string[];
}

export interface ShareData {
  points: SharePoint[];
  /** Plants named under the chart; own data names none unless the page's `note` does. */
  plants: { name: Localized; city: Localized }[];
}

/** Share of Kazakhstan-assembled cars in official sales, March 2015 and March 2016. */
export function bundledShareData(): ShareData {
  const points = (['local-share-2015-03', 'local-share-2016-03'] as const).map((id) => {
    const fact = getFact(id);
    return { period: fact.period, share: fact.value, facts: [id] };
  });
  return { points, plants: plants.map((p) => ({ name: p.name, city: p.city })) };
}

export const shareSchema = {
  id: 'kz-plant-share@1',
  version: 1,
  columns: [
    { name: 'period_from', type: 'period', description: 'First month (YYYY-MM) or year (YYYY) the share is for.' },
    { name: 'period_to', type: 'period', optional: true, description: 'Last month or year; the same as period_from when empty.' },
    { name: 'share_percent', type: 'share', description: 'Share of locally assembled cars in sales, 0 to 100.' },
    ...SOURCE_COLUMNS,
  ],
  // One bar per row: beyond a dozen the bars would be too thin to read on a phone.
  maxRows: 12,
} as const satisfies DataSchema;

/** One row of `<kz-plant-share>`'s own data (the `data` property, or a JSON file at `src`). */
export type PlantShareRow = RowOf<typeof shareSchema.columns>;

export const shareData: WidgetData<ShareData> = {
  schema: shareSchema,
  bundled: bundledShareData,
  fromRows: (rows) =>
    new RowChecks().result(() => ({
      points: rows.map((r) => ({
        period: rowPeriod(r),
        share: r.share_percent as number,
        ...factsOf(r.source_facts),
      })),
      plants: [],
    })),
  toRows: (data, _locale, source) =>
    data.points.map((p) => {
      const [from, to] = periodBounds(p.period);
      return { period_from: from, period_to: to, share_percent: p.share, source, source_facts: factsCell(p.facts) };
    }),
};
