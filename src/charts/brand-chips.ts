import { svg } from 'lit';
import { estimateTextWidth } from './text-width.js';
import { fitChart, type Laid, type Layout } from './fit.js';
import { markRect } from './mark.js';
import type { ChartResult, MarkInfo, MarkText, PlotSize } from './types.js';

export interface ChipGroup {
  key: string;
  label: string;
  chips: { label: string; /** Drawn filled: e.g. the plant is known. */ strong: boolean; mark: MarkText }[];
}

export interface BrandChipsProps extends PlotSize {
  groups: ChipGroup[];
}

/**
 * Items as labelled chips in a grid of categories (brands by country), for categories that
 * have no quantity to bar. Each category is a cell, its name beside its chips when the cell is
 * wide enough, else above them; cells sit side by side as the width allows, so a short list
 * stays a few lines tall at any width.
 */
export function brandChips(props: BrandChipsProps): ChartResult {
  return fitChart(props, (k, L) => layout(props, k, L));
}

/** Chips flowing from `x0` within `width`: their boxes, from the top of the first line. */
function flow(labels: string[], x0: number, width: number, fontSize: number, height: number, pad: number, gap: number, lineGap: number) {
  let x = x0;
  let y = 0;
  const boxes = labels.map((label) => {
    const w = Math.min(width - x0, estimateTextWidth(label, fontSize, true) + 2 * pad);
    if (x > x0 && x + w > width) {
      x = x0;
      y += height + lineGap;
    }
    const box = { x, y, w };
    x += w + gap;
    return box;
  });
  return { boxes, height: y + height };
}

/**
 * The country beside its brands or above them, whichever is shorter at this width (beside on a
 * phone, where a name line would double the rows; above in a narrow grid cell, where the name
 * column would push a country's brands onto a second line). Decided unstretched, so the choice
 * does not change as the chart stretches.
 */
function layout(props: BrandChipsProps, k: number, L: Layout): Laid {
  const beside = laid(props, 1, L, true).height <= laid(props, 1, L, false).height;
  return laid(props, k, L, beside);
}

function laid({ groups, width, activeMark = 0 }: BrandChipsProps, k: number, L: Layout, besideWanted: boolean): Laid {
  const { fontSize } = L;
  const chipHeight = L.bar * k;
  const pad = L.labelPad * 1.5;
  // Spare height opens the lines of chips and the rows of the grid, up to two chips' height each (at the most stretch).
  const gap = L.barGap * 1.5;
  const lineGap = gap + (k - 1) * L.bar * 2;
  const columnGap = L.groupGap * 1.5;
  const rowGap = L.groupGap * 0.75 + (k - 1) * L.bar * 2;
  // As many cells across as fit at ~16 em each, balanced over the rows (5 countries: 3 + 2).
  const fit = Math.max(1, Math.floor((width + columnGap) / (fontSize * 16 + columnGap)));
  const rows = Math.ceil(groups.length / Math.min(fit, groups.length || 1));
  const columns = Math.max(1, Math.ceil(groups.length / Math.max(1, rows)));
  const cell = (width - (columns - 1) * columnGap) / columns;
  // One label column for every cell, so the chips line up down the grid.
  const labelWidth = Math.max(0, ...groups.map((g) => estimateTextWidth(g.label, fontSize, true)));
  const widest = Math.max(0, ...groups.flatMap((g) => g.chips.map((c) => estimateTextWidth(c.label, fontSize, true) + 2 * pad)));
  const beside = besideWanted && labelWidth + columnGap / 2 + widest <= cell && labelWidth <= cell * 0.5;
  const chipsFrom = beside ? labelWidth + columnGap / 2 : 0;
  const labelLine = beside ? 0 : L.labelLine;

  const marks: MarkInfo[] = [];
  const content: unknown[] = [];
  let top = 0;
  for (let r = 0; r < rows; r += 1) {
    const inRow = groups.slice(r * columns, (r + 1) * columns);
    let rowHeight = 0;
    inRow.forEach((g, c) => {
      const row = r * columns + c;
      const x0 = c * (cell + columnGap);
      const laid = flow(g.chips.map((chip) => chip.label), chipsFrom, cell, fontSize, chipHeight, pad, gap, lineGap);
      rowHeight = Math.max(rowHeight, labelLine + laid.height);
      const chips = g.chips.map((chip, column) => {
        const b = laid.boxes[column]!;
        const info: MarkInfo = { ...chip.mark, x: x0 + b.x, y: top + labelLine + b.y, width: b.w, height: chipHeight, row, column };
        marks.push(info);
        return svg`${markRect(info, marks.length - 1, activeMark, chip.strong ? 'chip chip--strong' : 'bar--other', undefined, chipHeight / 2)}
          <text class=${chip.strong ? 'chip-label chip-label--strong' : 'chip-label'} x=${info.x + b.w / 2} y=${info.y + chipHeight / 2}
            dy="0.35em" text-anchor="middle" aria-hidden="true">${chip.label}</text>`;
      });
      const labelY = beside ? top + chipHeight / 2 : top + labelLine - L.labelRise;
      content.push(svg`<g class="group" data-key=${g.key}>
        <text class="category" x=${x0} y=${labelY} dy=${beside ? '0.35em' : '0'} aria-hidden="true">${g.label}</text>
        ${chips}
      </g>`);
    });
    top += rowHeight + (r < rows - 1 ? rowGap : 0);
  }
  return { height: top, marks, content };
}
