import { svg } from 'lit';
import { linearScale } from './linear-scale.js';
import { estimateTextWidth, fitsOnOneLine } from './text-width.js';
import { fitChart, MAX_STRETCH, type Laid, type Layout } from './fit.js';
import { BASE_FONT } from './layout.js';
import { markRect } from './mark.js';
import type { ChartResult, MarkInfo, MarkText, PlotSize } from './types.js';

export interface ShareRow {
  key: string;
  /** Row label, e.g. the month. */
  label: string;
  /** Part of the whole in percent, 0–100. */
  share: number;
  shareLabel: string;
  restLabel: string;
  /** Text at the right end of the label line, e.g. the change since the previous row. */
  annotation?: string;
  /** What the part and the rest say to a reader who focuses or points at them. */
  mark: MarkText;
  restMark: MarkText;
}

export interface ShareBarsProps extends PlotSize {
  rows: ShareRow[];
}


/**
 * Part-to-whole as one 100 % bar per row: the part in the accent colour from the left, the rest
 * in a light fill; the whole bar is outlined so the rest stays visible against the page.
 * Percentages sit inside their segments when they fit; one that does not goes under the bar, at
 * the end of its own segment (the part's at the left, the rest's at the right), never inside the
 * other segment, where it would read as that segment's value.
 */
export function shareBars(props: ShareBarsProps): ChartResult {
  return fitChart(props, (k, L) => layout(props.rows, props.width, k, props.activeMark ?? 0, L));
}

/** Bar thickness at the natural size and the most it grows to, in px at the 13 px chart text. */
const BAR = [22, 28] as const;
/** How much faster than the bars the gaps between rows take a taller box's spare height. */
const GAP_GROWTH = 6;

function layout(rows: ShareRow[], width: number, k: number, activeMark: number, L: Layout): Laid {
  const { fontSize, labelLine, labelPad, labelRise } = L;
  const s = fontSize / BASE_FONT;
  // Linear in k (the fit probes two sizes): 22 px at k = 1, 28 px at the most stretch.
  const bar = s * (BAR[0] + ((BAR[1] - BAR[0]) * (k - 1)) / (MAX_STRETCH - 1));
  const groupGap = L.groupGap * (1 + GAP_GROWTH * (k - 1));
  const under = L.annotationLine;
  const x = linearScale([0, 100], [0, width], true);
  let y = 0;
  const marks: MarkInfo[] = [];
  const content = rows.map((row, i) => {
    const top = y;
    // On a phone a long annotation takes a line of its own above the bar.
    const annotationLine = row.annotation && !fitsOnOneLine(row.label, row.annotation, width, fontSize) ? L.annotationLine : 0;
    const by = top + labelLine + annotationLine;
    const split = x(row.share);
    const partFits = estimateTextWidth(row.shareLabel, fontSize, true) + 2 * labelPad <= split;
    const restFits = estimateTextWidth(row.restLabel, fontSize, true) + 2 * labelPad <= width - split;
    const mid = by + bar / 2;
    const below = by + bar + labelRise;
    y = by + bar + (partFits && restFits ? 0 : under) + groupGap;
    const part: MarkInfo = { ...row.mark, x: 0, y: by, width: split, height: bar, row: i, column: 0 };
    const rest: MarkInfo = { ...row.restMark, x: split, y: by, width: width - split, height: bar, row: i, column: 1 };
    marks.push(part, rest);
    return svg`<g class="group" data-key=${row.key}>
      <text class="category" x="0" y=${top + labelLine - labelRise} aria-hidden="true">${row.label}</text>
      ${row.annotation
        ? svg`<text class="annotation annotation--local" x=${annotationLine ? 0 : width} y=${by - labelRise}
            text-anchor=${annotationLine ? 'start' : 'end'} aria-hidden="true">${row.annotation}</text>`
        : null}
      ${markRect(rest, marks.length - 1, activeMark, 'bar bar--other')}
      ${markRect(part, marks.length - 2, activeMark, 'bar bar--local')}
      <rect class="outline" x="0.5" y=${by + 0.5} width=${Math.max(0, width - 1)} height=${bar - 1} aria-hidden="true"></rect>
      ${partFits
        ? svg`<text class="value value--inverse" x=${labelPad} y=${mid} dy="0.35em" aria-hidden="true">${row.shareLabel}</text>`
        : svg`<text class="value value--local value--outside annotation--local" x="0" y=${below} dy="0.8em" aria-hidden="true">${row.shareLabel}</text>`}
      ${restFits
        ? svg`<text class="value value--other" x=${width - labelPad} y=${mid} dy="0.35em" text-anchor="end" aria-hidden="true">${row.restLabel}</text>`
        : svg`<text class="value value--other value--outside" x=${width} y=${below} dy="0.8em" text-anchor="end" aria-hidden="true">${row.restLabel}</text>`}
    </g>`;
  });
  return { height: Math.max(0, y - groupGap), content, marks };
}
