import { html, nothing } from 'lit';
import { cssomStyle } from './cssom-style.js';
import { markPeriod, markSeries } from './mark.js';
import type { ChartResult, MarkInfo } from './types.js';

const TOOLTIP_WIDTH = 240;
/** A tooltip's height is known only once drawn; four or five lines of small text take about this. */
const TOOLTIP_HEIGHT = 104;
/** Room kept right of a group for its value labels, and above it for its label line. */
const VALUE_ROOM = 120;
const LABEL_ROOM = 24;
const GAP = 6;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const area = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const boxOf = (m: MarkInfo): Box => ({ left: m.x, top: m.y, right: m.x + m.width, bottom: m.y + m.height });

/**
 * Where a mark's tooltip goes: never over the mark, nor over the other marks of its group (the
 * bars the reader is comparing, e.g. a type's two years), and over as little of the other marks
 * as it can. The places tried, in order: beside the group (right, then left, past its value
 * labels), then above the group and its label line, then below it, each centred on the mark or
 * against either edge; the first that covers the least wins. Always inside the plot's width.
 */
export function tooltipPosition(chart: Pick<ChartResult, 'width' | 'height' | 'marks'>, mark: MarkInfo): Record<string, string> {
  const width = Math.min(TOOLTIP_WIDTH, chart.width);
  const group = chart.marks.filter((m) => m.row === mark.row);
  const box: Box = (group.length ? group : [mark]).map(boxOf).reduce(
    (b, m) => ({
      left: Math.min(b.left, m.left),
      top: Math.min(b.top, m.top),
      right: Math.max(b.right, m.right),
      bottom: Math.max(b.bottom, m.bottom),
    }),
    { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity },
  );
  const middle = Math.max(0, Math.min((box.top + box.bottom) / 2 - TOOLTIP_HEIGHT / 2, chart.height - TOOLTIP_HEIGHT));
  const centred = Math.max(0, Math.min(mark.x + mark.width / 2 - width / 2, chart.width - width));
  const xs = [centred, 0, chart.width - width];
  const aboveTop = box.top - LABEL_ROOM - GAP - TOOLTIP_HEIGHT;
  const candidates: { left: number; top: number; above?: boolean }[] = [
    { left: box.right + VALUE_ROOM, top: middle },
    { left: box.left - VALUE_ROOM - width, top: middle },
    ...xs.map((left) => ({ left, top: aboveTop, above: true })),
    ...xs.map((left) => ({ left, top: box.bottom + GAP })),
  ];
  let best: (typeof candidates)[number] | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    // Inside the plot's width; above or below it only a little (over the headline or the notes).
    // A tooltip above grows upwards by its real height, which can exceed the estimate (the map's
    // run to five lines), so it must start inside the plot, or it can leave the widget at the top.
    if (c.left < 0 || c.left + width > chart.width + 0.5 || c.top < (c.above ? 0 : -40) || c.top + TOOLTIP_HEIGHT > chart.height + 40) continue;
    const tip: Box = { left: c.left, top: c.top, right: c.left + width, bottom: c.top + TOOLTIP_HEIGHT };
    const score = chart.marks.reduce((sum, m) => sum + area(tip, boxOf(m)) * (m.row === mark.row ? 1e6 : 1), 0);
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  const px = (n: number) => `${Math.round(n)}px`;
  // Nothing fits (a plot smaller than a tooltip): below the mark, as wide as the plot allows.
  if (!best) return { left: px(centred), top: px(box.bottom + GAP), width: px(width) };
  return best.above
    ? { left: px(best.left), top: px(best.top + TOOLTIP_HEIGHT), width: px(width), transform: 'translateY(-100%)' }
    : { left: px(best.left), top: px(best.top), width: px(width) };
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
