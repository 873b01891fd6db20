import { svg } from 'lit';
import { linearScale } from './linear-scale.js';
import { max } from 'd3-array';
import { estimateTextWidth, fitsOnOneLine } from './text-width.js';
import { hatchPattern } from './patterns.js';
import type { Laid, Layout } from './fit.js';
import { markRect } from './mark.js';
import { fitBars, spacing } from './spacing.js';
import type { ChartResult, MarkInfo, MarkText, PlotSize, Tone } from './types.js';

const HATCH_ID = 'kz-hatch';

export interface Bar {
  value: number;
  /** The value as the reader should see it, already formatted for the locale. */
  label: string;
  tone: Tone;
  /** What the bar says to a reader who focuses or points at it. */
  mark: MarkText;
}

export interface BarGroup {
  key: string;
  label: string;
  bars: Bar[];
  /** Text on the group's label line, e.g. the year-on-year change. */
  annotation?: { text: string; tone: Tone };
  /** A group drawn after a rule, e.g. the all-vehicles total beside the types it adds up. */
  summary?: boolean;
}

export interface GroupedBarsProps extends PlotSize {
  groups: BarGroup[];
  /**
   * Where an annotation goes: right after the group's label, so it reads with its bars
   * (`beside`), or at the right edge of the plot (`end`, the default).
   */
  annotationAt?: 'beside' | 'end';
  /**
   * Bars keep their thickness and a taller box widens the gaps (spacing.ts); false keeps the
   * older stretching of bars and gaps alike, for charts not yet laid out for it.
   */
  keepThickness?: boolean;
}

/**
 * Horizontal grouped bars on a zero baseline, each group under its own label line, so long
 * category names never compete with the bars for width on a phone. Values are labelled at the
 * bar ends; space for the longest label is reserved before the scale is set. Bars keep their
 * thickness; a taller box only widens the gaps between groups (see spacing.ts).
 */
export function groupedBars(props: GroupedBarsProps): ChartResult {
  return fitBars(
    props,
    (k, L) => layout(props, k, L),
    (content) => svg`<defs>${hatchPattern(HATCH_ID)}</defs>${content}`,
    props.keepThickness ?? false,
  );
}

function layout({ groups, width, activeMark = 0, annotationAt = 'end', keepThickness = false }: GroupedBarsProps, k: number, L: Layout): Laid {
  const { fontSize, labelLine, labelPad, labelRise } = L;
  const { bar, barGap, groupGap } = spacing(L, k, keepThickness);
  const labels = groups.flatMap((g) => g.bars.map((b) => b.label));
  const reserve = (max(labels, (l) => estimateTextWidth(l, fontSize, true)) ?? 0) + labelPad;
  const x = linearScale([0, max(groups, (g) => max(g.bars, (b) => b.value)) || 1], [0, Math.max(1, width - reserve)]);

  let y = 0;
  const marks: MarkInfo[] = [];
  const content = groups.map((group, row) => {
    // The summary group is set apart by a rule in the middle of a wider gap.
    const rule = group.summary && row > 0 && keepThickness ? y + groupGap / 4 : undefined;
    if (rule !== undefined) y += groupGap / 2;
    const top = y;
    const { annotation } = group;
    const gap = annotationAt === 'beside' ? 8 : 12;
    const ownLine = annotation && !fitsOnOneLine(group.label, annotation.text, width, fontSize, gap);
    const annotationLine = ownLine ? L.annotationLine : 0;
    const barsTop = top + labelLine + annotationLine;
    const rows = group.bars.map((b, column) => {
      const by = barsTop + column * (bar + barGap);
      const w = Math.max(0, x(b.value));
      const info: MarkInfo = { ...b.mark, x: 0, y: by, width: w, height: bar, row, column };
      marks.push(info);
      return svg`<g class="bar-row">
        ${markRect(info, marks.length - 1, activeMark, `bar bar--${b.tone}`, b.tone === 'estimate' ? `url(#${HATCH_ID})` : undefined)}
        <text class="value value--${b.tone}" x=${w + labelPad} y=${by + bar / 2} dy="0.35em" aria-hidden="true">${b.label}</text>
      </g>`;
    });
    const bottom = barsTop + group.bars.length * (bar + barGap) - barGap;
    y = bottom + groupGap;
    // Beside the label, the annotation goes on in the label's own line of text, so it starts
    // exactly where the label ends, whatever the font.
    const beside = annotation && annotationAt === 'beside' && !ownLine;
    const labelY = top + labelLine - labelRise;
    return svg`<g class=${group.summary ? 'group group--summary' : 'group'} data-key=${group.key}>
      ${rule !== undefined ? svg`<line class="baseline" x1="0" x2=${width} y1=${rule} y2=${rule} stroke-opacity="0.35" aria-hidden="true"></line>` : null}
      <text class="category" x="0" y=${labelY} aria-hidden="true">${group.label}${beside
        ? svg` <tspan class="annotation annotation--${annotation.tone}" dx=${gap / 2}>${annotation.text}</tspan>`
        : null}</text>
      ${annotation && !beside
        ? svg`<text class="annotation annotation--${annotation.tone}" x=${annotationLine ? 0 : width}
            y=${barsTop - labelRise} text-anchor=${annotationLine ? 'start' : 'end'} aria-hidden="true">${annotation.text}</text>`
        : null}
      ${rows}
      <line class="baseline" x1="0.5" x2="0.5" y1=${barsTop} y2=${bottom} aria-hidden="true"></line>
    </g>`;
  });
  return { height: Math.max(0, y - groupGap), content, marks };
}
