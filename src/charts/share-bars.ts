import { svg } from 'lit';
import { linearScale } from './linear-scale.js';
import { estimateTextWidth, fitsOnOneLine } from './text-width.js';
import { fitChart, type Laid, type Layout } from './fit.js';
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
 * Percentages sit inside their segments when they fit, else just outside the part.
 */
export function shareBars(props: ShareBarsProps): ChartResult {
  return fitChart(props, (k, L) => layout(props.rows, props.width, k, props.activeMark ?? 0, L));
}

function layout(rows: ShareRow[], width: number, k: number, activeMark: number, L: Layout): Laid {
  const { fontSize, labelLine, labelPad, labelRise } = L;
  const BAR = L.shareBar * k;
  const groupGap = L.groupGap * k;
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
    const mid = by + BAR / 2;
    y = by + BAR + groupGap;
    const part: MarkInfo = { ...row.mark, x: 0, y: by, width: split, height: BAR, row: i, column: 0 };
    const rest: MarkInfo = { ...row.restMark, x: split, y: by, width: width - split, height: BAR, row: i, column: 1 };
    marks.push(part, rest);
    return svg`<g class="group" data-key=${row.key}>
      <text class="category" x="0" y=${top + labelLine - labelRise} aria-hidden="true">${row.label}</text>
      ${row.annotation
        ? svg`<text class="annotation annotation--local" x=${annotationLine ? 0 : width} y=${by - labelRise}
            text-anchor=${annotationLine ? 'start' : 'end'} aria-hidden="true">${row.annotation}</text>`
        : null}
      ${markRect(rest, marks.length - 1, activeMark, 'bar bar--other')}
      ${markRect(part, marks.length - 2, activeMark, 'bar bar--local')}
      <rect class="outline" x="0.5" y=${by + 0.5} width=${Math.max(0, width - 1)} height=${BAR - 1} aria-hidden="true"></rect>
      <text class=${partFits ? 'value value--inverse' : 'value value--local'} x=${partFits ? labelPad : split + labelPad}
        y=${mid} dy="0.35em" aria-hidden="true">${row.shareLabel}</text>
      ${restFits
        ? svg`<text class="value value--other" x=${width - labelPad} y=${mid} dy="0.35em" text-anchor="end" aria-hidden="true">${row.restLabel}</text>`
        : null}
    </g>`;
  });
  return { height: Math.max(0, y - groupGap), content, marks };
}
