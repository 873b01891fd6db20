/**
 * Geometry of a drawn widget as a reader sees it, measured by the browser: texts outside the
 * widget's box, texts on top of each other, marks painted over texts, blank at the foot, and a
 * drawing taller than the height the widget reserved (which would shift the page).
 */

/** How far a text may stick out of the box before it counts (sub-pixel rounding). */
export const OUTSIDE_TOLERANCE = 0.5;
/**
 * How far two boxes may overlap before it counts: a text's box is its font's ascent to descent,
 * which is taller than a tight line height, so two lines of a big number touch by a pixel or two.
 */
export const OVERLAP_TOLERANCE = 2;
/** The most blank a widget may leave under its lowest drawn content. */
export const FOOT_LIMIT = 16;

export type FindingKind = 'outside' | 'overlap' | 'mark-over-text' | 'foot' | 'taller-than-reserved';

export interface Finding {
  kind: FindingKind;
  /** The finding without its measurement: what the known list is compared on. */
  key: string;
  /** The finding as printed, with its measurement. */
  line: string;
}

interface TextBox {
  rect: DOMRect;
  text: string;
  node: Node;
  element: Element;
}

const round = (n: number) => Math.round(n * 2) / 2;

/** Hidden from sight: not rendered, or inside a clipped box such as the screen-reader table. */
function visible(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement ?? ((a.getRootNode() as ShadowRoot).host ?? null)) {
    const s = getComputedStyle(a);
    if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
    if ((s.clip && s.clip !== 'auto') || (s.clipPath && s.clipPath !== 'none')) return false;
    if (s.overflow !== 'visible') {
      const r = a.getBoundingClientRect();
      if (r.width <= 2 || r.height <= 2) return false;
    }
    if (a.localName.startsWith('kz-')) break;
  }
  return true;
}

/** Every line box of every visible text in the shadow root (a wrapped text gives one per line). */
function textBoxes(root: ShadowRoot): TextBox[] {
  const boxes: TextBox[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
    const element = n.parentElement;
    if (!text || !element || element.closest('style, title, desc') || !visible(element)) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const rect of range.getClientRects()) if (rect.width > 0.5 && rect.height > 0.5) boxes.push({ rect, text: text.slice(0, 40), node: n, element });
  }
  return boxes;
}

const overlap = (a: DOMRect, b: DOMRect) => ({
  w: Math.min(a.right, b.right) - Math.max(a.left, b.left),
  h: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top),
});

/** Shapes drawn in the plots, without the background and the clip paths. */
function drawnShapes(root: ShadowRoot, host: DOMRect): DOMRect[] {
  return [...root.querySelectorAll('svg rect, svg path, svg circle, svg line, svg polyline, svg polygon, svg image')]
    .filter((s) => !s.closest('defs, clipPath, mask, pattern') && visible(s))
    .map((s) => s.getBoundingClientRect())
    .filter((r) => (r.width > 0 || r.height > 0) && !(r.width >= host.width * 0.98 && r.height >= host.height * 0.5));
}

/**
 * What is wrong with the geometry of `host`, a widget that has drawn; `where` names the set-up
 * at the start of each line (e.g. "kz-recovery kk 360 light bundled").
 */
export function measureWidget(host: HTMLElement, where: string): Finding[] {
  const root = host.shadowRoot!;
  const box = host.getBoundingClientRect();
  const texts = textBoxes(root);
  const found: Finding[] = [];
  const add = (kind: FindingKind, key: string, measure = '') => found.push({ kind, key: `${where}: ${key}`, line: `${where}: ${key}${measure}` });

  for (const t of texts) {
    const over = Math.max(box.left - t.rect.left, t.rect.right - box.right, box.top - t.rect.top, t.rect.bottom - box.bottom);
    if (over > OUTSIDE_TOLERANCE) add('outside', `"${t.text}" sticks out`, ` by ${round(over)} px`);
  }

  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (a.node === b.node) continue;
      const o = overlap(a.rect, b.rect);
      if (o.w > OVERLAP_TOLERANCE && o.h > OVERLAP_TOLERANCE) add('overlap', `"${a.text}" overlaps "${b.text}"`, ` by ${round(o.w)} × ${round(o.h)} px`);
    }
  }

  // A mark painted over a text: in an SVG one painted after it; over a text of the page around
  // the plot (title, notes, footer), any.
  const marks = [...root.querySelectorAll<SVGGraphicsElement>('[data-mark]')].filter((m) => visible(m));
  for (const t of texts) {
    for (const m of marks) {
      const inSameSvg = t.element.closest('svg') !== null && t.element.closest('svg') === m.closest('svg');
      if (inSameSvg && !(t.element.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      const o = overlap(t.rect, m.getBoundingClientRect());
      if (o.w > OVERLAP_TOLERANCE && o.h > OVERLAP_TOLERANCE) {
        add('mark-over-text', `mark ${m.getAttribute('data-mark')} (${m.localName}) covers "${t.text}"`, ` by ${round(o.w)} × ${round(o.h)} px`);
        break;
      }
    }
  }

  const controls = [...root.querySelectorAll('button, a, select, input, summary')].filter((c) => visible(c)).map((c) => c.getBoundingClientRect());
  const bottoms = [...texts.map((t) => t.rect), ...drawnShapes(root, box), ...controls].filter((r) => r.height > 0 || r.width > 0).map((r) => r.bottom);
  if (bottoms.length) {
    const lowest = Math.max(...bottoms);
    const blank = box.bottom - lowest;
    if (blank > FOOT_LIMIT) add('foot', 'blank at the foot', ` of ${round(blank)} px`);
    const reserved = parseFloat(getComputedStyle(host, '::before').paddingTop);
    const drawnHeight = Math.max(box.height, lowest - box.top);
    if (drawnHeight > reserved + OUTSIDE_TOLERANCE) add('taller-than-reserved', 'drawn taller than reserved', ` (${round(drawnHeight)} px > ${round(reserved)} px)`);
  }

  // One line per finding: a text drawn twice the same way (a repeated label) counts once.
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.key) && seen.add(f.key));
}
