import { svg } from 'lit';
import { estimateTextWidth } from './text-width.js';
import { fitChart, type Laid, type Layout } from './fit.js';
import { markRect } from './mark.js';
import type { ChartResult, MarkInfo, MarkText, PlotSize } from './types.js';

export interface ChipGroup {
  key: string;
  label: string;
  /** At the right of the group's label line, e.g. "3 brands". */
  annotation: string;
  chips: { label: string; /** Drawn filled: e.g. the plant is known. */ strong: boolean; mark: MarkText }[];
}

export interface BrandChipsProps extends PlotSize {
  groups: ChipGroup[];
}

/**
 * Items as labelled chips, grouped under their category's label line and flowing onto more
 * lines as the width narrows: for categories (brands by country) that have no quantity to bar.
 */
export function brandChips(props: BrandChipsProps): ChartResult {
  return fitChart(props, (k, L) => layout(props, k, L));
}

function layout({ groups, width, activeMark = 0 }: BrandChipsProps, k: number, L: Layout): Laid {
  const { fontSize, labelLine, labelRise } = L;
  const chipHeight = L.bar * 1.25 * k;
  const pad = L.labelPad * 1.5;
  const gap = L.barGap * 2;
  const marks: MarkInfo[] = [];
  let y = 0;
  const content = groups.map((g, row) => {
    const top = y;
    let x = 0;
    let lineTop = top + labelLine;
    const chips = g.chips.map((c, column) => {
      const w = Math.min(width, estimateTextWidth(c.label, fontSize, true) + 2 * pad);
      if (x > 0 && x + w > width) {
        x = 0;
        lineTop += chipHeight + gap;
      }
      const info: MarkInfo = { ...c.mark, x, y: lineTop, width: w, height: chipHeight, row, column };
      marks.push(info);
      x += w + gap;
      return svg`${markRect(info, marks.length - 1, activeMark, c.strong ? 'chip chip--strong' : 'chip', undefined, chipHeight / 2)}
        <text class=${c.strong ? 'chip-label chip-label--strong' : 'chip-label'} x=${info.x + w / 2} y=${lineTop + chipHeight / 2}
          dy="0.35em" text-anchor="middle" aria-hidden="true">${c.label}</text>`;
    });
    y = lineTop + chipHeight + L.groupGap * k;
    return svg`<g class="group" data-key=${g.key}>
      <text class="category" x="0" y=${top + labelLine - labelRise} aria-hidden="true">${g.label}</text>
      <text class="value" x=${width} y=${top + labelLine - labelRise} text-anchor="end" aria-hidden="true">${g.annotation}</text>
      ${chips}
    </g>`;
  });
  return { height: Math.max(0, y - L.groupGap * k), marks, content };
}
