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
  // Bars keep their thickness, so the box is no taller than the text and bars need, per language.
  { tag: 'kz-auto-yoy', lines: [[58.61, 51.85], [52.44, 31.29]], floor: 35.05 },
  { tag: 'kz-auto-yoy', lang: 'ru', lines: [[58.98, 58], [49.49, 26.39]], floor: 35.05 },
  { tag: 'kz-auto-yoy', lang: 'en', lines: [[55.99, 59.65], [43.42, 17.77]], floor: 33.91 },
  { tag: 'kz-auto-yoy', when: { attribute: 'mode', value: 'change' }, lines: [[45.38, 45.9], [39.87, 27.54]], floor: 24.68 },
  { tag: 'kz-auto-yoy', when: { attribute: 'mode', value: 'change' }, lang: 'ru', lines: [[46.42, 54.3], [35.92, 19.32]], floor: 23.53 },
  { tag: 'kz-auto-yoy', when: { attribute: 'mode', value: 'change' }, lang: 'en', lines: [[42.41, 47.5], [33.92, 19.23]], floor: 23.53 },
  // Measured per language in the geometric test's set-up (test/geometry.test.ts): the entry
  // without a language holds the tallest of the three at every width.
  { tag: 'kz-plant-share', lines: [[48.56, 68.32], [23.89, 6.85], [60.69, 155], [36.58, 36.84]], floor: 18.75 },
  { tag: 'kz-plant-share', lang: 'kk', lines: [[48.56, 68.32], [23.89, 6.85]], floor: 18.75 },
  { tag: 'kz-plant-share', lang: 'ru', lines: [[42.38, 56.9], [25.57, 11.36]], floor: 17.19 },
  { tag: 'kz-plant-share', lang: 'en', lines: [[60.69, 155], [36.58, 36.84]], floor: 17.78 },
  // Indexed bars: the languages' titles and notes differ by up to five lines on a phone.
  { tag: 'kz-dealer-sales', lines: [[58.5, 98], [49.2, 55.8], [46.2, 45.6], [38.9, 26.7], [37.3, 23.4], [34.1, 18]], floor: 20.6 },
  { tag: 'kz-dealer-sales', lang: 'kk', lines: [[64.6, 132.7], [49.2, 55.8], [46.2, 45.6], [37.3, 23.4], [34.1, 18]], floor: 20.6 },
  { tag: 'kz-dealer-sales', lang: 'ru', lines: [[58.5, 98], [53.2, 74.2], [38.9, 26.7], [32.4, 15.8]], floor: 20.6 },
  { tag: 'kz-dealer-sales', lang: 'en', lines: [[53.4, 98], [43.4, 53.4], [33.5, 20.4], [23.8, 4.4]], floor: 20.6 },
  // Kazakh is the tallest at every width, so the entry without a language is the Kazakh one.
  { tag: 'kz-recovery', lines: [[94.8, 248], [64.8, 98], [61.8, 84.7], [49.7, 44.5], [37.2, 13.1], [36.3, 11.6]], floor: 27.5 },
  { tag: 'kz-recovery', lang: 'ru', lines: [[78, 173.8], [60.2, 84.7], [47.4, 42], [39.3, 21.8], [32.8, 8.8]], floor: 26.2 },
  { tag: 'kz-recovery', lang: 'en', lines: [[65.5, 125.6], [53.8, 67.2], [47.3, 45.6], [32.2, 7.8]], floor: 26.4 },
  // 1.2 rem over the fitted heights: the first frame must hold the plot at its natural size.
  { tag: 'kz-output-value', lines: [[79.2, 185], [57.58, 76.9]], floor: 24.1 },
  { tag: 'kz-output-value', lang: 'ru', lines: [[66.98, 126.25], [53.68, 67.14]], floor: 23.51 },
  { tag: 'kz-output-value', lang: 'en', lines: [[50.39, 67.5], [43.64, 45]], floor: 23.51 },
  // The map's height hardly depends on the language: its labels are short and its map stretches.
  { tag: 'kz-plants-map', lines: [[38.5, 30]], floor: 23.5 },
  { tag: 'kz-brands', lines: [[54.25, 72.5], [35, 31.25]], floor: 15.3 },
  { tag: 'kz-brands', lang: 'ru', lines: [[51.5, 80], [35, 31.25]], floor: 15.3 },
  { tag: 'kz-brands', lang: 'en', lines: [[46.7, 56], [35, 31.25]], floor: 14.9 },
  // A card's height depends on its figure: these hold the demo articles' cards (a note, a long
  // unit) and a short own figure, the blank around the number taking up the difference.
  { tag: 'kz-fact', lines: [[22.24, 21.07], [21.44, 20.46]], floor: 13.25 },
  { tag: 'kz-fact', lang: 'kk', lines: [[22.24, 21.07]], floor: 13.25 },
  { tag: 'kz-fact', lang: 'ru', lines: [[20.25, 16.09]], floor: 13.25 },
  { tag: 'kz-fact', lang: 'en', lines: [[21.44, 20.46]], floor: 13.25 },
  { tag: 'kz-fact', when: { attribute: 'compare' }, lines: [[40.06, 89.29], [23.12, 17.5], [28.24, 34.34], [22.94, 21.41]], floor: 13.72 },
  { tag: 'kz-fact', when: { attribute: 'compare' }, lang: 'kk', lines: [[40.06, 89.29], [23.12, 17.5]], floor: 13.72 },
  { tag: 'kz-fact', when: { attribute: 'compare' }, lang: 'ru', lines: [[28.24, 34.34]], floor: 13.72 },
  { tag: 'kz-fact', when: { attribute: 'compare' }, lang: 'en', lines: [[22.94, 21.41]], floor: 13.72 },
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
    .map((r) => `:host${condition(r) ? `(${condition(r)})` : ''}::before{padding-top:${spacerHeight(r)} !important}`);
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
