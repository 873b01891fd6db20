import { svg, nothing } from 'lit';
import type { MarkInfo, MarkText } from './types.js';

/** The accessible name of a mark, read by screen readers when it has focus. */
export const markName = (m: MarkText) => `${m.label}, ${m.series}: ${m.value}`;

/**
 * A data mark's rectangle: focusable by the widget's one tab stop (the active mark has
 * tabindex 0, the rest −1), named for screen readers, and numbered for the element's
 * keyboard and pointer handling.
 */
export function markRect(
  info: MarkInfo,
  index: number,
  activeMark: number,
  className: string,
  fill?: string,
  rx?: number,
) {
  return svg`<rect class=${className} x=${info.x} y=${info.y} width=${info.width} height=${info.height}
    rx=${rx ?? nothing} fill=${fill ?? nothing} data-mark=${index} tabindex=${index === activeMark ? 0 : -1} role="img"
    aria-label=${markName(info)}></rect>`;
}
