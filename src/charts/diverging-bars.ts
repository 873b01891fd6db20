import { svg } from 'lit';
import { divergingScale } from './diverging-scale.js';
import type { Laid, Layout } from './fit.js';
import { markRect } from './mark.js';
import { fitBars, spacing } from './spacing.js';
import type { ChartResult, MarkInfo, MarkText, PlotSize, Tone } from './types.js';

export interface DivergingRow {
  key: string;
  label: string;
  value: number;
  /** The signed value as the reader should see it, already formatted. */
  valueLabel: string;
  /** Rows drawn after a separator, e.g. the all-vehicles total. */
  summary?: boolean;
  mark: MarkText;
}

export interface DivergingBarsProps extends PlotSize {
  rows: DivergingRow[];
  /** As in grouped bars: bars keep their thickness, a taller box widens the gaps; a rule sets the summary apart. */
  keepThickness?: boolean;
}

/**
 * Horizontal bars growing left or right of a zero line, one per row under its label line. The
 * direction, the sign in the label and the colour all say "up" or "down", so colour is never
 * the only cue. Bars keep their thickness; a taller box only widens the gaps (spacing.ts).
 */
export function divergingBars(props: DivergingBarsProps): ChartResult {
  return fitBars(props, (k, L) => layout(props.rows, props.width, k, props.activeMark ?? 0, L, props.keepThickness ?? false));
}

function layout(rows: DivergingRow[], width: number, k: number, activeMark: number, L: Layout, keepThickness: boolean): Laid {
  const { fontSize, labelLine, labelPad, labelRise } = L;
  const { bar, groupGap } = spacing(L, k, keepThickness);
  const { x, zero } = divergingScale(rows, width, fontSize, labelPad);

  let y = 0;
  const marks: MarkInfo[] = [];
  const content = rows.map((row, i) => {
    // A summary row is set apart by a rule in the middle of a wider gap.
    const rule = row.summary && i > 0 && keepThickness ? y + groupGap / 4 : undefined;
    if (row.summary && i > 0) y += groupGap / 2;
    const top = y;
    const by = top + labelLine;
    const end = x(row.value);
    const tone: Tone = row.value < 0 ? 'down' : 'up';
    const negative = row.value < 0;
    y = by + bar + groupGap;
    const info: MarkInfo = { ...row.mark, x: Math.min(end, zero), y: by, width: Math.abs(end - zero), height: bar, row: i, column: 0 };
    marks.push(info);
    return svg`<g class="group${row.summary ? ' group--summary' : ''}" data-key=${row.key}>
      ${rule !== undefined ? svg`<line class="baseline" x1="0" x2=${width} y1=${rule} y2=${rule} stroke-opacity="0.35" aria-hidden="true"></line>` : null}
      <text class="category" x="0" y=${by - labelRise} aria-hidden="true">${row.label}</text>
      ${markRect(info, marks.length - 1, activeMark, `bar bar--${tone}`)}
      <text class="value value--${tone}" x=${negative ? end - labelPad : end + labelPad} y=${by + bar / 2}
        dy="0.35em" text-anchor=${negative ? 'end' : 'start'} aria-hidden="true">${row.valueLabel}</text>
      <line class="baseline" x1=${zero} x2=${zero} y1=${by - 2} y2=${by + bar + 2} aria-hidden="true"></line>
    </g>`;
  });
  return { height: Math.max(0, y - groupGap), content, marks };
}
