/** How much taller than their natural size bars and gaps may grow to fill a reserved box. */
export const MAX_STRETCH = 1.8;

/**
 * The factor by which a chart's bars and gaps grow to fill `available` pixels of height.
 * `layout(k)` gives the chart's height at factor k; the chart is linear in k (text lines keep
 * their size, bars and gaps scale), so two probes find its fixed and stretchable parts.
 */
export function fitStretch(layout: (k: number) => number, available: number | undefined): number {
  if (!available) return 1;
  const natural = layout(1);
  const perUnit = layout(2) - natural;
  if (perUnit <= 0) return 1;
  return Math.min(MAX_STRETCH, Math.max(1, 1 + (available - natural) / perUnit));
}

/** Everything a chart reports about its height, from its layout function. */
export function fitHeights<L extends { height: number; marks: unknown[] }>(layout: (k: number) => L, available: number | undefined) {
  const natural = layout(1);
  const k = fitStretch((k) => layout(k).height, available);
  const fitted = k === 1 ? natural : layout(k);
  return {
    fitted,
    height: Math.max(fitted.height, available ?? 0),
    minHeight: natural.height,
    maxHeight: layout(MAX_STRETCH).height,
  };
}
