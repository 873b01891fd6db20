import { svg } from 'lit';
import { estimateTextWidth, wrapText } from './text-width.js';
import { fitChart, type Laid, type Layout } from './fit.js';
import { markRect } from './mark.js';
import { splitFigure } from './figure-words.js';
import type { ChartResult, MarkInfo, MarkText, PlotSize, Tone } from './types.js';

export interface BigNumberProps extends PlotSize {
  /** The figure with its unit, e.g. "38.8 thousand vehicles". */
  value: string;
  /** Lines under it, e.g. the change against another figure. */
  lines: { text: string; tone?: Tone }[];
  mark: MarkText;
}

/** The most blank a card adds above its number and above its lines to fill a taller box, in text sizes. */
const AIR = 8;

/**
 * One figure as large as the width allows (up to 3.4× the chart text), with what qualifies it
 * underneath: a card, not a chart, but focusable and described like every mark.
 */
export function bigNumber(props: BigNumberProps): ChartResult {
  return fitChart(props, (k, L) => layout(props, k, L));
}

interface Piece {
  text: string;
  size: number;
  unit: boolean;
  x: number;
}

/**
 * The number big and the words around it ("thousand vehicles", "more than") at under half its
 * size: the words share the number's line when they fit, else take lines of their own under
 * (or over) it, so a long unit never wraps into a second line of big type.
 */
function flow(value: string, width: number, fontSize: number) {
  const { before, figure, after, beforeSpace, afterSpace } = splitFigure(value);
  const big = Math.max(fontSize * 1.2, Math.min(fontSize * 3.4, (width / Math.max(1, estimateTextWidth(figure, 1, true))) * 0.98));
  const small = Math.min(big, Math.max(fontSize * 1.15, big * 0.45));
  const wide = (text: string, size: number) => estimateTextWidth(text, size, true);
  const gap = small * 0.3;
  const own = (text: string): Piece[][] => (text ? wrapText(text, width, small, true).map((t) => [{ text: t, size: small, unit: true, x: 0 }]) : []);
  const number: Piece[] = [{ text: figure, size: big, unit: false, x: 0 }];
  const lines: Piece[][] = [];
  if (before && wide(before, small) + gap + wide(figure, big) <= width) {
    number.unshift({ text: before + beforeSpace, size: small, unit: true, x: 0 });
    number[1]!.x = wide(before, small) + gap;
  } else lines.push(...own(before));
  lines.push(number);
  const end = number[number.length - 1]!;
  const x = end.x + wide(end.text, end.size) + gap;
  if (after && x + wide(after, small) <= width) number.push({ text: afterSpace + after, size: small, unit: true, x });
  else lines.push(...own(after));
  return lines;
}

function layout({ value, lines, mark, width, activeMark = 0 }: BigNumberProps, k: number, L: Layout): Laid {
  const { fontSize } = L;
  const valueLines = flow(value, width, fontSize);
  // When the box has room to spare, it goes above the number and between it and its lines, so
  // a short card sits in its reserved box rather than leaving a gap at its foot.
  const air = (k - 1) * fontSize * AIR;
  let y = air / 2;
  const baselines: number[] = [];
  for (const line of valueLines) {
    const tallest = Math.max(...line.map((p) => p.size));
    // One baseline per line: the words sit on the number's baseline.
    baselines.push(y + tallest * 0.9);
    y += tallest * 1.15;
  }
  const drawnWidth = Math.max(...valueLines.map((line) => {
    const last = line[line.length - 1]!;
    return last.x + estimateTextWidth(last.text, last.size, true);
  }));
  const info: MarkInfo = { ...mark, x: 0, y: air / 2, width: Math.min(width, drawnWidth), height: y - air / 2, row: 0, column: 0 };
  y += air / 2 + L.labelPad * 2;
  const small = lines.flatMap((l) => wrapText(l.text, width, fontSize * 1.15, Boolean(l.tone)).map((text) => ({ text, tone: l.tone })));
  const texts = small.map((l) => {
    const t = svg`<text class=${l.tone ? `value value--${l.tone}` : 'value'} x="0" y=${y} dy="0.8em" font-size=${fontSize * 1.15}
      aria-hidden="true">${l.text}</text>`;
    y += fontSize * 1.15 * 1.4;
    return t;
  });
  const estimate = mark.estimate ? ' big-number--estimate' : '';
  return {
    height: y,
    marks: [info],
    content: svg`${markRect(info, 0, activeMark, 'big-number-hit')}
      ${valueLines.map((line, i) => svg`<text class=${`big-number${line.some((p) => !p.unit) ? '' : ' big-number--words'}${estimate}`}
        x="0" y=${baselines[i]} font-size=${Math.max(...line.map((p) => p.size))} aria-hidden="true">${line.map((p) =>
          // The words in a smaller size beside the number, with the space as printed at their size.
          p.unit && line.length > 1
            ? svg`<tspan class="big-number__unit" font-size=${p.size}>${p.text}</tspan>`
            : p.text)}</text>`)}
      ${texts}`,
  };
}
