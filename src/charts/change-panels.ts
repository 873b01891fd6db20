import { svg } from 'lit';
import { divergingScale } from './diverging-scale.js';
import { wrapText } from './text-width.js';
import { fitChart, type Laid, type Layout } from './fit.js';
import { markRect } from './mark.js';
import type { ChartResult, MarkInfo, MarkText, PlotSize, Tone } from './types.js';

/** How much faster than the bars the gaps grow when the box has height to spare. */
const GAP_GROWTH = 2.5;

export interface ChangeRow {
  key: string;
  /** The months the change covers, stated on the row. */
  label: string;
  value: number;
  /** The signed value as the reader should see it, already formatted. */
  valueLabel: string;
  mark: MarkText;
}

/** Rows that belong together under one heading, e.g. all producers, or one plant on its own. */
export interface ChangePanel {
  key: string;
  heading: string;
  rows: ChangeRow[];
}

export interface ChangePanelsProps extends PlotSize {
  panels: ChangePanel[];
}

/**
 * Changes in per cent under headings that say whose they are, each panel apart from the next
 * by a rule, on one zero line and one scale (a per cent is a per cent), so one plant's months
 * never read as another stage of the whole industry. Direction, sign and colour all say
 * "up" or "down". Headings and row labels wrap instead of running out of the box.
 */
export function changePanels(props: ChangePanelsProps): ChartResult {
  return fitChart(props, (k, L) => layout(props.panels, props.width, k, props.activeMark ?? 0, L));
}

function layout(panels: ChangePanel[], width: number, k: number, activeMark: number, L: Layout): Laid {
  const { fontSize, labelLine, labelPad, labelRise } = L;
  // Spare height goes mostly to the gaps, so the box can hold a few rows or many without
  // blank under the footer; still linear in k, as fitChart needs.
  const spread = 1 + (k - 1) * GAP_GROWTH;
  const bar = L.bar * k;
  const rowGap = L.barGap * 2 * spread;
  const panelGap = L.groupGap * spread;
  const rows = panels.flatMap((p) => p.rows);
  const { x, zero } = divergingScale(rows, width, fontSize, labelPad);
  const lines = (text: string, bold: boolean) => wrapText(text, width, fontSize, bold);
  // Text lines after the first are set closer than a label line.
  const textLine = fontSize * 1.3;

  let y = 0;
  let index = 0;
  const marks: MarkInfo[] = [];
  const content = panels.map((panel, p) => {
    const rule = p > 0 ? svg`<line class="outline" x1="0" x2=${width} y1=${y - panelGap / 2} y2=${y - panelGap / 2} aria-hidden="true"></line>` : null;
    const heading = lines(panel.heading, true);
    const headingBase = y + labelLine - labelRise;
    y = headingBase + (heading.length - 1) * textLine + labelRise;
    const headingText = svg`<text class="category" y=${headingBase} aria-hidden="true">${heading.map(
      (line, i) => svg`<tspan x="0" dy=${i ? textLine : 0}>${line}</tspan>`,
    )}</text>`;
    const drawn = panel.rows.map((row, r) => {
      if (r > 0) y += rowGap;
      const label = lines(row.label, false);
      const labelBase = y + labelLine - labelRise;
      const by = labelBase + (label.length - 1) * textLine + labelRise;
      const end = x(row.value);
      const negative = row.value < 0;
      const tone: Tone = negative ? 'down' : 'up';
      const info: MarkInfo = { ...row.mark, x: Math.min(end, zero), y: by, width: Math.abs(end - zero), height: bar, row: index++, column: 0 };
      marks.push(info);
      y = by + bar;
      return svg`<g class="change-row" data-key=${row.key}>
        <text class="value period" y=${labelBase} aria-hidden="true">${label.map((line, i) => svg`<tspan x="0" dy=${i ? textLine : 0}>${line}</tspan>`)}</text>
        ${markRect(info, marks.length - 1, activeMark, `bar bar--${tone}`)}
        <text class="value value--${tone}" x=${negative ? end - labelPad : end + labelPad} y=${by + bar / 2}
          dy="0.35em" text-anchor=${negative ? 'end' : 'start'} aria-hidden="true">${row.valueLabel}</text>
        <line class="baseline" x1=${zero} x2=${zero} y1=${by - 2} y2=${by + bar + 2} aria-hidden="true"></line>
      </g>`;
    });
    y += panelGap;
    return svg`${rule}<g class="group" data-key=${panel.key}>${headingText}${drawn}</g>`;
  });
  return { height: Math.max(0, y - panelGap), content, marks };
}
