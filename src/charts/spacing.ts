import { svg, type SVGTemplateResult } from 'lit';
import { fitChart, MAX_STRETCH, type Laid, type Layout } from './fit.js';
import { layoutFor } from './layout.js';
import type { ChartResult, PlotSize } from './types.js';

/** How much faster than the stretch factor the gaps between groups grow. */
const GAP_GROWTH = 2.5;
/** The least factor bars and gaps shrink to when a reader's own data has more rows than the box holds: 22 px bars become 14 px. */
export const MIN_STRETCH = 14 / 22;

/**
 * Bar thickness and gaps of the bar charts at factor k (MIN_STRETCH … MAX_STRETCH). Above 1,
 * bars keep the thickness they have at the chart's text size (22 px at 13 px text), since a bar
 * 36 px thick reads as another kind of mark, and a taller box goes to the gaps between groups
 * up to a limit (16 px grows to at most ~48 px); bars within a group stay together. Below 1,
 * for more rows than the box was reserved for, bars and gaps shrink together down to 14 px
 * bars. Linear in k on each side of 1, as the fitting needs.
 */
export function spacing(L: Layout, k: number) {
  const shrink = Math.min(1, k);
  return {
    bar: L.bar * shrink,
    barGap: L.barGap * shrink,
    groupGap: L.groupGap * (k < 1 ? k : 1 + (k - 1) * GAP_GROWTH),
  };
}

/**
 * fitChart, and below it the shrinking side: a box smaller than the chart's natural height
 * (more rows than reserved for) draws thinner bars rather than growing the widget, down to
 * MIN_STRETCH; the plot's least height says so, so the frame lets it shrink that far.
 */
export function fitBars(
  props: PlotSize,
  layout: (k: number, L: Layout) => Laid,
  wrap: (content: unknown) => SVGTemplateResult = (content) => svg`${content}`,
): ChartResult {
  const L = layoutFor(props.fontSize);
  const least = layout(MIN_STRETCH, L).height;
  const natural = layout(1, L).height;
  const available = props.height;
  if (!available || available >= natural) return { ...fitChart(props, layout, wrap), minHeight: least };
  const k = natural > least ? Math.max(MIN_STRETCH, 1 - ((1 - MIN_STRETCH) * (natural - available)) / (natural - least)) : 1;
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
