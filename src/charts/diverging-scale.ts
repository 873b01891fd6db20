import { extent, max } from 'd3-array';
import { linearScale } from './linear-scale.js';
import { estimateTextWidth } from './text-width.js';

/**
 * The horizontal scale of bars that grow left or right from zero, with room at each side that
 * has bars for the value labels set outside the bar ends. Returns the scale and the zero line's
 * crisp x.
 */
export function divergingScale(rows: readonly { value: number; valueLabel: string }[], width: number, fontSize: number, labelPad: number) {
  const reserve = (max(rows, (r) => estimateTextWidth(r.valueLabel, fontSize, true)) ?? 0) + labelPad;
  const [lo = 0, hi = 0] = extent(rows, (r) => r.value);
  const domain: [number, number] = [Math.min(0, lo), Math.max(0, hi)];
  if (domain[0] === domain[1]) domain[1] = 1;
  const left = domain[0] < 0 ? reserve : 0;
  const right = domain[1] > 0 ? reserve : 0;
  const x = linearScale(domain, [left, Math.max(left + 1, width - right)]);
  return { x, zero: Math.round(x(0)) + 0.5 };
}
