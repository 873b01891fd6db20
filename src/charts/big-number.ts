import { svg } from 'lit';
import { estimateTextWidth, wrapText } from './text-width.js';
import { fitChart, type Laid, type Layout } from './fit.js';
import { markRect } from './mark.js';
import type { ChartResult, MarkInfo, MarkText, PlotSize, Tone } from './types.js';

export interface BigNumberProps extends PlotSize {
  /** The figure with its unit, e.g. "38.8 thousand vehicles". */
  value: string;
  /** Lines under it, e.g. the change against another figure. */
  lines: { text: string; tone?: Tone }[];
  mark: MarkText;
}

/**
 * One figure as large as the width allows (up to 3.4× the chart text), with what qualifies it
 * underneath: a card, not a chart, but focusable and described like every mark.
 */
export function bigNumber(props: BigNumberProps): ChartResult {
  return fitChart(props, (k, L) => layout(props, k, L));
}

function layout({ value, lines, mark, width, activeMark = 0 }: BigNumberProps, k: number, L: Layout): Laid {
  const { fontSize } = L;
  // Long values ("more than 2 billion tenge") wrap onto two lines before they shrink.
  const sizeFor = (text: string) => Math.min(fontSize * 3.4, (width / Math.max(1, estimateTextWidth(text, 1, true))) * 0.98);
  let big = sizeFor(value);
  let valueLines = [value];
  if (big < fontSize * 2.2) {
    const wrapped = wrapText(value, width, fontSize * 2.2, true);
    if (wrapped.length === 2) {
      valueLines = wrapped;
      big = Math.min(...wrapped.map(sizeFor));
    }
  }
  big = Math.max(fontSize * 1.2, big);
  const bigLine = big * 1.15;
  // When the box has room to spare, it goes above the number and between it and its lines, so
  // a short card sits in its reserved box rather than leaving a gap at its foot.
  const air = (k - 1) * fontSize * 6;
  const info: MarkInfo = { ...mark, x: 0, y: air / 2, width: Math.min(width, Math.max(...valueLines.map((l) => estimateTextWidth(l, big, true)))), height: valueLines.length * bigLine, row: 0, column: 0 };
  let y = air + info.height + L.labelPad * 2;
  const small = lines.flatMap((l) => wrapText(l.text, width, fontSize * 1.15, Boolean(l.tone)).map((text) => ({ text, tone: l.tone })));
  const texts = small.map((l) => {
    const t = svg`<text class=${l.tone ? `value value--${l.tone}` : 'value'} x="0" y=${y} dy="0.8em" font-size=${fontSize * 1.15}
      aria-hidden="true">${l.text}</text>`;
    y += fontSize * 1.15 * 1.4;
    return t;
  });
  return {
    height: y,
    marks: [info],
    content: svg`${markRect(info, 0, activeMark, 'big-number-hit')}
      ${valueLines.map((l, i) => svg`<text class=${`big-number${mark.estimate ? ' big-number--estimate' : ''}`} x="0" y=${air / 2 + i * bigLine} dy="0.9em"
        font-size=${big} aria-hidden="true">${l}</text>`)}
      ${texts}`,
  };
}
