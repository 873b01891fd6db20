import type { LegendItem } from './frame.js';

/**
 * The keys of a "year before against this year" chart: one for each kind of bar drawn. A reported
 * figure of the year before gets the plain key, an estimate the hatched "(est.)" key, so a chart
 * with both shows both and never calls a reported figure an estimate.
 */
export function previousYearLegend(
  figures: readonly { previousEstimated: boolean }[],
  previousLabel: (estimate: boolean) => string,
  currentLabel: string,
): LegendItem[] {
  const reported = figures.some((f) => !f.previousEstimated);
  const estimated = figures.some((f) => f.previousEstimated);
  return [
    ...(reported ? [{ label: previousLabel(false), tone: 'other' as const }] : []),
    ...(estimated ? [{ label: previousLabel(true), tone: 'estimate' as const }] : []),
    { label: currentLabel, tone: 'current' },
  ];
}
