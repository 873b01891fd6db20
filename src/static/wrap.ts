import { estimateTextWidth } from '../charts/text-width.js';

/**
 * Breaks text into lines no wider than `width` at `fontSize`, at spaces, for SVG text that has
 * no layout engine. Bold text runs ~6 % wider. A word longer than a line stays whole.
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const measure = (s: string) => estimateTextWidth(s, fontSize) * (bold ? 1.06 : 1);
  const lines: string[] = [];
  let line = '';
  // Split at ordinary spaces only: a no-break space holds "10 125" and "24 %" together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}
