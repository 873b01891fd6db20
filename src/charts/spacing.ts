import { svg, type SVGTemplateResult } from 'lit';
import { fitChart, MAX_STRETCH, type Laid, type Layout } from './fit.js';
import { layoutFor } from './layout.js';
import type { ChartResult, PlotSize } from './types.js';

/** The least factor bars and gaps shrink to when a reader's own data has more rows than the box holds: 22 px bars become 14 px. */
export const MIN_STRETCH = 14 / 22;
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
  if (k < 1) return { bar: L.bar * k, barGap: L.barGap * k, groupGap: L.groupGap * k };
  return { bar: L.bar, barGap: L.barGap, groupGap: L.groupGap * (1 + (k - 1) * GAP_GROWTH) };
}

/**
 * fitChart, and below it the shrinking side: a box smaller than the chart's natural height
 * (a newsroom's own data with more rows than the box was reserved for) draws thinner bars, down
 * to MIN_STRETCH, rather than growing the widget and moving the page; the plot's least height
 * says so, so that the frame lets it shrink that far.
 */
export function fitBars(
  props: PlotSize,
  layout: (k: number, L: Layout) => Laid,
  wrap: (content: unknown) => SVGTemplateResult = (content) => svg`${content}`,
  shrink = false,
): ChartResult {
  if (!shrink) return fitChart(props, layout, wrap);
  const L = layoutFor(props.fontSize);
  const least = layout(MIN_STRETCH, L).height;
  const natural = layout(1, L).height;
  const available = props.height;
  if (!available || available >= natural) return { ...fitChart(props, layout, wrap), minHeight: least };
  const k = Math.max(MIN_STRETCH, 1 - ((1 - MIN_STRETCH) * (natural - available)) / Math.max(1, natural - least));
  const fitted = layout(k, L);
  return {
    width: props.width,
    height: Math.max(fitted.height, available),
    minHeight: least,
    maxHeight: layout(MAX_STRETCH, L).height,
    marks: fitted.marks,
    svg: wrap(fitted.content),
  };
}
