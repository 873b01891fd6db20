/**
 * The colours of each theme, as data: the widgets turn them into CSS custom properties
 * (`--kz-color-*`, overridable by the page); the static SVG renderer writes them in literally,
 * since SVG viewers outside browsers do not resolve custom properties.
 * Text ≥ 4.5:1 and marks ≥ 3:1 against white (light) and #111418 (dark). The grammar:
 * - accent: the one series the story is about (its meaning per widget is said in the legend);
 * - rest: the grey of what it is compared with, a solid fill of ≥ 3:1 in both themes, dark
 *   enough to read as a bar without its outline and light enough for text (4.5:1) on it;
 * - estimate: the faint hatching of an estimated figure, lighter than any reported fill on
 *   purpose; the estimate's outline (outline, ≥ 3:1) is what carries its contrast;
 * - up / down: teal and red, apart from the blue accent and from each other, also for readers
 *   with a red–green or blue–yellow deficiency (test/palette.test.ts).
 */
export const palettes = {
  light: {
    text: '#1f2937',
    muted: '#4b5563',
    accent: '#1d4ed8',
    'on-accent': '#ffffff',
    estimate: '#98a2b3',
    down: '#b42318',
    up: '#0e7c66',
    rest: '#8a94a3',
    outline: '#667085',
    background: 'transparent',
    surface: '#ffffff',
    error: '#b42318',
  },
  dark: {
    text: '#e6e8eb',
    muted: '#aab2bd',
    accent: '#6ea8fe',
    'on-accent': '#0b1220',
    estimate: '#4a5261',
    down: '#ff8a80',
    up: '#5eead4',
    rest: '#5b6472',
    outline: '#9aa4b2',
    background: 'transparent',
    surface: '#111418',
    error: '#ff8a80',
  },
} as const;

export type Theme = keyof typeof palettes;
export type ColorName = keyof (typeof palettes)['light'];
export type Colors = Record<ColorName, string>;

export const COLOR_NAMES = Object.keys(palettes.light) as ColorName[];

/** References to the element's private custom properties, for rules inside a shadow root. */
export const colorVars = Object.fromEntries(COLOR_NAMES.map((n) => [n, `var(--_${n})`])) as Colors;

/** System colours for forced-colours mode: told apart by pattern and outline, not hue. */
export const forcedColors: Colors = {
  text: 'CanvasText',
  muted: 'CanvasText',
  accent: 'CanvasText',
  'on-accent': 'Canvas',
  estimate: 'CanvasText',
  down: 'CanvasText',
  up: 'CanvasText',
  rest: 'Canvas',
  outline: 'CanvasText',
  background: 'Canvas',
  surface: 'Canvas',
  error: 'CanvasText',
};

/** `--_text: var(--kz-color-text, #1f2937); …` for one theme. */
export const declareColors = (colors: Colors, overridable = true) =>
  COLOR_NAMES.map((n) => `--_${n}: ${overridable ? `var(--kz-color-${n}, ${colors[n]})` : colors[n]};`).join('\n');
