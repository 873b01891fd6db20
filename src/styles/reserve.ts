import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The height each widget reserves before and after its script runs, so nothing below it moves.
 *
 * A widget's text wraps onto more lines as its column narrows, so it needs more height on a
 * phone than on a desktop. The reservation is the highest of a few lines falling with the
 * width, and a floor: `max(base₁ − slope₁ × width, …, floor)`. The numbers cover the tallest of
 * the three languages at every width from 280 to 1200 px, in a narrow font (Noto Sans) and a
 * wide one (DejaVu Sans), with ~4 % to spare (measured with `scripts/measure-heights.js`, and
 * FONT="'DejaVu Sans'" for the wide one). They are in rem so that a reader's larger text gets a
 * larger box. Inside the box the plot stretches to fill what its text leaves.
 */
export interface Reservation {
  tag: WidgetTag;
  /** An attribute (or its value) that changes the widget's shape, e.g. `mode="change"`, `compare`. */
  when?: { attribute: string; value?: string };
  /**
   * A language whose text needs a different height (`:lang()`, so `lang` on the widget or any
   * ancestor counts). The entry without a language must hold the tallest language: it is what a
   * widget gets when its language comes from somewhere CSS cannot see. Order matters as in CSS:
   * put an entry's language variants right after it.
   */
  lang?: 'kk' | 'ru' | 'en';
  /** [base in rem, slope in % of the width]. */
  lines: readonly (readonly [number, number])[];
  /** Least height, in rem. */
  floor: number;
}

export type WidgetTag =
  | 'kz-auto-yoy'
  | 'kz-plant-share'
  | 'kz-dealer-sales'
  | 'kz-output-value'
  | 'kz-recovery'
  | 'kz-plants-map'
  | 'kz-brands'
  | 'kz-fact';

export const reservations: readonly Reservation[] = [
  { tag: 'kz-auto-yoy', lines: [[52.3, 43.3]], floor: 27.5 },
  { tag: 'kz-auto-yoy', when: { attribute: 'mode', value: 'change' }, lines: [[45, 39.4]], floor: 23.4 },
  { tag: 'kz-plant-share', lines: [[78.75, 212.5], [37.5, 29.17]], floor: 18.75 },
  { tag: 'kz-dealer-sales', lines: [[58.9, 107.9], [48.6, 55], [37.5, 25]], floor: 23 },
  { tag: 'kz-output-value', lines: [[63.4, 89], [35, 15.8]], floor: 22 },
  { tag: 'kz-recovery', lines: [[73.2, 131.3], [46.8, 36.7]], floor: 26 },
  { tag: 'kz-plants-map', lines: [[65.8, 67.5], [50.9, 6]], floor: 45 },
  { tag: 'kz-brands', lines: [[88.4, 205], [44.8, 21.6]], floor: 30.1 },
  // A card's height depends on its figure: this covers one without a caveat note; a figure with
  // a note grows the box by the note's lines (see the README's list of facts with notes).
  { tag: 'kz-fact', lines: [[23.7, 31.2]], floor: 9.7 },
  { tag: 'kz-fact', when: { attribute: 'compare' }, lines: [[28.3, 39.4]], floor: 11.1 },
];

const TAGS = [...new Set(reservations.map((r) => r.tag))];

/** The spacer's `padding-top`: percentages of padding resolve against the width. */
export const spacerHeight = (r: Reservation) =>
  `var(--kz-height,max(${r.lines.map(([base, slope]) => `calc(${base}rem - ${slope}%)`).join(', ')}, ${r.floor}rem))`;

const condition = (r: Reservation) =>
  (!r.when ? '' : r.when.value === undefined ? `[${r.when.attribute}]` : `[${r.when.attribute}="${r.when.value}" i]`) +
  (r.lang ? `:lang(${r.lang})` : '');

/**
 * One line of CSS for pages that load the script late (async, deferred, or at the end of the
 * body): put it in the page's `<head>` and every widget holds its final height from the start.
 * The same rules ship inside each widget, so they hold once the script has run too.
 */
export function reserveCss(): string {
  return (
    `${TAGS.join(',')}{display:grid}` +
    `${TAGS.map((t) => `${t}>*`).join(',')}{grid-area:1/1}` +
    `${TAGS.map((t) => `${t}::before`).join(',')}{content:"";grid-area:1/1}` +
    reservations.map((r) => `${r.tag}${condition(r)}::before{padding-top:${spacerHeight(r)}}`).join('')
  );
}

/**
 * The widget's own copy of its rules, for its shadow root. A page's normal rules beat `:host`
 * ones, so a CSS reset's `*, ::before { padding: 0 }` (Tailwind's preflight) would take the
 * reserved height away; an `!important` inside the shadow root beats every rule of the page.
 */
export function hostReserve(tag: WidgetTag): CSSResult {
  const rules = reservations
    .filter((r) => r.tag === tag)
    .map((r) => `:host${r.when ? `(${condition(r)})` : ''}::before{padding-top:${spacerHeight(r)} !important}`);
  return unsafeCSS(rules.join('\n'));
}

/**
 * The height a widget takes at a width, in px, for renderers with no layout engine (static
 * SVG): the same formula as the CSS, with 1rem = 16px.
 */
export function reservedHeight(tag: WidgetTag, width: number, attributes: Record<string, string> = {}, lang?: string): number {
  const matching = reservations.filter(
    (r) =>
      r.tag === tag &&
      (!r.lang || lang?.toLowerCase().split('-')[0] === r.lang) &&
      (!r.when ||
        (r.when.value === undefined ? attributes[r.when.attribute] != null : attributes[r.when.attribute]?.toLowerCase() === r.when.value)),
  );
  const r = matching[matching.length - 1]!;
  return Math.max(...r.lines.map(([base, slope]) => base * 16 - (slope / 100) * width), r.floor * 16);
}
