/**
 * A chart function must not measure the DOM (it also runs on a server), so label space is
 * reserved from an estimate. The widths are the wider of DejaVu Sans (what `system-ui` and
 * `sans-serif` fall back to on Linux, and the widest common sans) and Liberation Sans (Arial's
 * metrics), rounded up to 0.05 em. A flat per-character width was 15–40 % short for Cyrillic
 * words and bold figures, which is how labels came to stick out of the box.
 */
const WIDTHS: [number, string][] = [
  [0.2, '\u202f\u2009'],
  [0.3, "ijlIІі'"],
  [0.35, ' .,:;/·\u00a0'],
  [0.4, 'ft()[]-'],
  [0.45, 'r!'],
  [0.5, 'J"*'],
  [0.55, 'cszгзсэ'],
  [0.6, 'kvxyLвтухчьғұү?–•'],
  [0.65, '0123456789abdeghnopquFTабеёийклоряГЗТУәқөҰҮһ$₸«»'],
  [0.7, 'ABEKPSVXYZднпцАБВЕЁРХЧЬҒңҺ'],
  [0.75, 'CNRUъИЙКСЭЯҚ'],
  [0.8, 'DGHOQмыДЛНОПЦӘҢӨ&'],
  [0.85, 'wюЪ−+=≈×÷#'],
  [0.9, 'MфМФЫ'],
  [0.95, 'жшщ'],
  [1, 'mW—%…'],
  [1.1, 'ЖШЩЮ@'],
];
const EM = new Map<string, number>();
for (const [w, chars] of WIDTHS) for (const ch of chars) EM.set(ch, w);
/** Letters outside the table (other scripts, symbols) are taken as wide, so they never clip. */
const UNKNOWN = 1;
/** Bold runs about 11 % wider than regular in DejaVu Sans (the wider of the two measured). */
const BOLD = 1.11;

/**
 * The width `text` takes at `fontSize` px. Labels drawn at weight 600–700 pass `bold`; when in
 * doubt, pass it: a label given too much room looks the same, one given too little sticks out.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += EM.get(ch) ?? UNKNOWN;
  return Math.ceil(em * fontSize * (bold ? BOLD : 1));
}

/** Whether a label at the left and an annotation at the right share a line without touching. */
export function fitsOnOneLine(left: string, right: string, width: number, fontSize: number, gap = 12, bold = true): boolean {
  return estimateTextWidth(left, fontSize, bold) + gap + estimateTextWidth(right, fontSize, bold) <= width;
}

/** Words broken into lines that fit `width` by the same estimate; a word longer than a line keeps its own line. */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break a line: a no-break space holds "11 %" and "38,8 тыс." together.
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
