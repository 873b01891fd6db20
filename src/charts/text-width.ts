/**
 * A chart function must not measure the DOM (it also runs on a server), so label space is
 * reserved from an estimate: the average advance of a digit or letter at the given size in
 * common sans-serif fonts is ~0.6 em; we round up so labels never clip.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.62);
}

/** Whether a label at the left and an annotation at the right share a line without touching. */
export function fitsOnOneLine(left: string, right: string, width: number, fontSize: number, gap = 12): boolean {
  return estimateTextWidth(left, fontSize) + gap + estimateTextWidth(right, fontSize) <= width;
}

/** Words broken into lines that fit `width` by the same estimate; a word longer than a line keeps its own line. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break a line: a no-break space holds "11 %" and "38,8 тыс." together.
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
