import { svg } from 'lit';
import { linearScale } from './linear-scale.js';
import { max } from 'd3-array';
import { estimateTextWidth, fitsOnOneLine } from './text-width.js';
import { hatchPattern } from './patterns.js';
import { fitChart, type Laid, type Layout } from './fit.js';
import { markRect } from './mark.js';
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
  /** Text at the right end of the group's label line, e.g. the year-on-year change. */
  annotation?: { text: string; tone: Tone };
}

export interface GroupedBarsProps extends PlotSize {
  groups: BarGroup[];
}


/**
 * Horizontal grouped bars on a zero baseline, each group under its own label line, so long
 * category names never compete with the bars for width on a phone. Values are labelled at the
 * bar ends; space for the longest label is reserved before the scale is set.
 */
export function groupedBars(props: GroupedBarsProps): ChartResult {
  return fitChart(
    props,
    (k, L) => layout(props.groups, props.width, k, props.activeMark ?? 0, L),
    (content) => svg`<defs>${hatchPattern(HATCH_ID)}</defs>${content}`,
  );
}

/** Positions at stretch factor k: bars and gaps scale, text lines keep their size. */
function layout(groups: BarGroup[], width: number, k: number, activeMark: number, L: Layout): Laid {
  const { fontSize, labelLine, labelPad, labelRise } = L;
  const bar = L.bar * k;
  const barGap = L.barGap * k;
  const groupGap = L.groupGap * k;
  const labels = groups.flatMap((g) => g.bars.map((b) => b.label));
  const reserve = (max(labels, (l) => estimateTextWidth(l, fontSize, true)) ?? 0) + labelPad;
  const x = linearScale([0, max(groups, (g) => max(g.bars, (b) => b.value)) || 1], [0, Math.max(1, width - reserve)]);

  let y = 0;
  const marks: MarkInfo[] = [];
  const content = groups.map((group, row) => {
    const top = y;
    const { annotation } = group;
    const annotationLine = annotation && !fitsOnOneLine(group.label, annotation.text, width, fontSize) ? L.annotationLine : 0;
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
    return svg`<g class="group" data-key=${group.key}>
      <text class="category" x="0" y=${top + labelLine - labelRise} aria-hidden="true">${group.label}</text>
      ${annotation
        ? svg`<text class="annotation annotation--${annotation.tone}" x=${annotationLine ? 0 : width}
            y=${barsTop - labelRise} text-anchor=${annotationLine ? 'start' : 'end'} aria-hidden="true">${annotation.text}</text>`
        : null}
      ${rows}
      <line class="baseline" x1="0.5" x2="0.5" y1=${barsTop} y2=${bottom} aria-hidden="true"></line>
    </g>`;
  });
  return { height: Math.max(0, y - groupGap), content, marks };
}
