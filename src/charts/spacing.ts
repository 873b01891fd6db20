import { svg, type SVGTemplateResult } from 'lit';
import { fitChart, type Laid, type Layout } from './fit.js';
import type { ChartResult, PlotSize } from './types.js';

/** How much faster than the stretch factor the gaps between groups grow. */
const GAP_GROWTH = 2.5;

/**
 * Bar thickness and gaps of the bar charts at stretch factor k (1 … MAX_STRETCH). Bars keep
 * the thickness they have at the chart's text size (22 px at 13 px text): a bar 36 px thick
 * reads as another kind of mark. A taller box goes to the gaps between groups, up to a limit
 * (16 px grows to at most ~48 px), and bars within a group stay together. Linear in k, as
 * fitChart's two probes need.
 */
export function spacing(L: Layout, k: number, keepThickness = true) {
  // The older rule, for charts that have not moved to this one: everything grows with k.
  if (!keepThickness) return { bar: L.bar * k, barGap: L.barGap * k, groupGap: L.groupGap * k };
  return { bar: L.bar, barGap: L.barGap, groupGap: L.groupGap * (1 + (k - 1) * GAP_GROWTH) };
}

/** fitChart for the bar charts; one place for a later rule on boxes smaller than the bars need. */
export function fitBars(
  props: PlotSize,
  layout: (k: number, L: Layout) => Laid,
  wrap: (content: unknown) => SVGTemplateResult = (content) => svg`${content}`,
): ChartResult {
  return fitChart(props, layout, wrap);
}
