import { svg, type SVGTemplateResult } from 'lit';
import { layoutFor } from './layout.js';
import type { ChartResult, MarkInfo, PlotSize } from './types.js';

/** How much taller than their natural size bars and gaps may grow to fill a reserved box. */
export const MAX_STRETCH = 1.8;

/**
 * The factor by which a chart's bars and gaps grow to fill `available` pixels of height.
 * `layout(k)` gives the chart's height at factor k; the chart is linear in k (text lines keep
 * their size, bars and gaps scale), so two probes find its fixed and stretchable parts.
 */
function fitStretch(layout: (k: number) => number, available: number | undefined): number {
  if (!available) return 1;
  const natural = layout(1);
  const perUnit = layout(2) - natural;
  if (perUnit <= 0) return 1;
  return Math.min(MAX_STRETCH, Math.max(1, 1 + (available - natural) / perUnit));
}

/** A chart laid out at one stretch factor: its height, its marks, and its SVG content. */
export interface Laid {
  height: number;
  marks: MarkInfo[];
  content: unknown;
}

export type Layout = ReturnType<typeof layoutFor>;

/**
 * A chart's result from its layout function: laid out at the stretch that fills the available
 * height, with the heights the frame needs to reserve (natural) and allow (fully stretched).
 * `wrap` puts anything the chart needs around its content, such as pattern definitions.
 */
export function fitChart(
  { width, height: available, fontSize }: PlotSize,
  layout: (k: number, L: Layout) => Laid,
  wrap: (content: unknown) => SVGTemplateResult = (content) => svg`${content}`,
): ChartResult {
  const L = layoutFor(fontSize);
  const natural = layout(1, L);
  const k = fitStretch((k) => layout(k, L).height, available);
  const stretched = k === 1 ? natural : layout(k, L);
  // A layout that is not linear in k (a map whose labels move below it) can come out taller than
  // the box it was stretched to fill: then it is drawn at its natural size, which fits.
  const fitted = available && stretched.height > available + 0.5 && natural.height <= available ? natural : stretched;
  // A layout need not grow with k (a map's labels may leave the map when it is small and fit
  // inside it when it is large): the most is never less than what is drawn.
  const maxHeight = Math.max(layout(MAX_STRETCH, L).height, natural.height, fitted.height);
  return {
    width,
    // Never taller than the most it stretches: the plot area stops there (its max-height), and
    // an SVG taller than its area would lie over the notes under it.
    height: Math.max(fitted.height, Math.min(available ?? 0, maxHeight)),
    minHeight: natural.height,
    maxHeight,
    marks: fitted.marks,
    svg: wrap(fitted.content),
  };
}
