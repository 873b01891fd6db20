import { html, nothing } from 'lit';
import { cssomStyle } from './cssom-style.js';
import { markPeriod, markSeries } from './mark.js';
import type { ChartResult, MarkInfo } from './types.js';

const TOOLTIP_WIDTH = 240;
/** A tooltip's height is known only once drawn; four or five lines of small text take about this. */
const TOOLTIP_HEIGHT = 104;
/** Room kept right of a group for its value labels, and above it for its label line. */
const VALUE_ROOM = 80;
const LABEL_ROOM = 24;
const GAP = 6;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a mark's tooltip goes: never over the mark, nor over the other marks of its group (the
 * bars the reader is comparing, e.g. a type's two years). Beside the group when the plot is wide
 * enough, else above the group with its label, else below it, else on the side with more room;
 * always inside the plot's width.
 */
export function tooltipPosition(chart: Pick<ChartResult, 'width' | 'height' | 'marks'>, mark: MarkInfo): Record<string, string> {
  const width = Math.min(TOOLTIP_WIDTH, chart.width);
  const group = chart.marks.filter((m) => m.row === mark.row);
  const box: Box = (group.length ? group : [mark]).reduce(
    (b, m) => ({
      left: Math.min(b.left, m.x),
      top: Math.min(b.top, m.y),
      right: Math.max(b.right, m.x + m.width),
      bottom: Math.max(b.bottom, m.y + m.height),
    }),
    { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity },
  );
  const px = (n: number) => `${Math.round(n)}px`;
  const sideLeft = box.right + VALUE_ROOM;
  if (sideLeft + width <= chart.width) {
    const middle = (box.top + box.bottom) / 2 - TOOLTIP_HEIGHT / 2;
    const top = Math.max(0, Math.min(middle, chart.height - TOOLTIP_HEIGHT));
    return { left: px(sideLeft), top: px(top), width: px(width) };
  }
  const left = px(Math.max(0, Math.min(mark.x + mark.width / 2 - width / 2, chart.width - width)));
  const roomAbove = box.top - LABEL_ROOM - GAP;
  const roomBelow = chart.height - box.bottom - GAP;
  const above = roomAbove >= TOOLTIP_HEIGHT || (roomBelow < TOOLTIP_HEIGHT && roomAbove > roomBelow);
  return above
    ? { left, top: px(box.top - LABEL_ROOM - GAP), width: px(width), transform: 'translateY(-100%)' }
    : { left, top: px(box.bottom + GAP), width: px(width) };
}

/** The tooltip of the focused or pointed-at mark, placed by tooltipPosition. */
export function tooltip(chart: Pick<ChartResult, 'width' | 'height' | 'marks'>, { mark, status }: { mark: MarkInfo; status: string }) {
  return html`<div class="tooltip" part="tooltip" role="tooltip" ${cssomStyle(tooltipPosition(chart, mark))}>
    <strong>${mark.label}</strong>
    ${mark.lines
      ? mark.lines.map((line) => html`<span>${line}</span>`)
      : html`<span>${markSeries(mark) ? `${markSeries(mark)}: ` : nothing}<b>${mark.value}</b></span>
          ${markPeriod(mark) ? html`<span>${markPeriod(mark)}</span>` : nothing}`}
    <span class="tooltip-status">${status}</span>
  </div>`;
}
