/**
 * A linear map from a domain to a range, as `scaleLinear().domain(d).range(r)` from d3-scale
 * would give for our bars. d3-scale's linear scale brings d3-interpolate and d3-color (about
 * 6 KB gzip in every widget) for colour and ticks we never use; bars need only this.
 */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number], clamp = false) {
  const span = d1 - d0 || 1;
  return (value: number) => {
    const t = (value - d0) / span;
    return r0 + (clamp ? Math.min(1, Math.max(0, t)) : t) * (r1 - r0);
  };
}
