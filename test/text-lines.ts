/**
 * The lines a paragraph of the widget breaks into, as the browser lays them out: each character's
 * box says which line it sits on. Used to check titles (at most two lines at 360 px) and that no
 * line break parts a number from its unit or sign.
 */
export function lineBoxes(block: Element): string[] {
  const lines: { top: number; text: string }[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = block.ownerDocument.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    // Text inside an element that is not shown (display: none) has no boxes.
    for (let i = 0; i < value.length; i += 1) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rects = range.getClientRects();
      const rect = rects[rects.length - 1];
      if (!rect) continue;
      const last = lines[lines.length - 1];
      // A space at the end of a line may sit on it or float past it; it belongs to the line it ends.
      if (!last || (rect.top > last.top + rect.height / 2 && /\S/.test(value[i]!))) lines.push({ top: rect.top, text: value[i]! });
      else last.text += value[i];
    }
  }
  return lines.map((l) => l.text.replace(/[ \t\n\r]+/g, ' ').trim()).filter(Boolean);
}

/** What follows a number as its unit, in the three languages (lower case; a prefix is enough). */
const UNITS = [
  '%', '‰', '₸', 'п.п', 'pp', 'p.p',
  'теңге', 'тенге', 'tenge', 'млрд', 'млн', 'тыс', 'мың', 'bn', 'billion', 'million', 'thousand', 'k',
  'пайыз', 'процент', 'percent', 'percentage',
  'vehicle', 'unit', 'car', 'bus', 'truck', 'people', 'job', 'plant', 'brand', 'model', 'time',
  'единиц', 'машин', 'автомобил', 'автобус', 'грузовик', 'человек', 'рабоч', 'завод', 'марк', 'раз',
  'бірлік', 'көлік', 'автокөлік', 'адам', 'зауыт', 'есе', 'жыл', 'года', 'году', 'г.',
];

const startsWithUnit = (line: string) => {
  const word = line.toLowerCase().match(/^[^\s\u00a0]+/)?.[0] ?? '';
  if (/^[%‰₸]/.test(word)) return true;
  return UNITS.some((u) => word === u || (u.length > 2 && word.startsWith(u)));
};

/**
 * Why a break between two lines (or at the start of the first) parts a number from its unit or
 * sign; undefined when it does not. A line that ends with a bare number is fine when the next
 * one opens with an ordinary word ("in 2016 | output fell").
 */
export function badBreak(previous: string | undefined, line: string): string | undefined {
  if (/^[%‰₸]/.test(line)) return `line opens with its unit: «${line}»`;
  if (previous === undefined) return undefined;
  if (/(^|\s)[+−\-–≈~]$/.test(previous)) return `sign left at a line's end: «${previous}» | «${line}»`;
  if (/\d$/.test(previous) && startsWithUnit(line)) return `number and unit on two lines: «${previous}» | «${line}»`;
  // "22 %" alone on a line: a figure orphaned from its sentence.
  if (/^[+−\-≈]?\d[\d\s\u00a0,.]*\s?%?\.?$/.test(line) && line.length <= 7) return `figure alone on a line: «${line}»`;
  return undefined;
}
