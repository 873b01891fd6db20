import { svg, nothing } from 'lit';
import type { MarkInfo, MarkText } from './types.js';
import { sentences } from '../i18n/sentence.js';

/**
 * The series when it says something the label does not: a fact card's mark has its period as
 * series, or its label when it has no period, and "Label, Label: 5 times" says nothing twice.
 */
export const markSeries = (m: MarkText) => (m.series && m.series !== m.label ? m.series : '');

/**
 * The period when it adds to the label and series: a year bar's label, or a fact card's series,
 * already is the period, and "March 2015 / … / March 2015" repeats it.
 */
export const markPeriod = (m: MarkText) => (m.period && m.period !== m.label && m.period !== m.series ? m.period : '');

/** The accessible name of a mark, read by screen readers when it has focus. */
export const markName = (m: MarkText) => {
  // Without its last full stop: the announcement adds one before the status.
  if (m.lines) return sentences([m.label, ...m.lines]).replace(/\.$/, '');
  const series = markSeries(m);
  return series ? `${m.label}, ${m.seriesInText ?? series}: ${m.value}` : `${m.label}: ${m.value}`;
};

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
