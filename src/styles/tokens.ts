import { css, unsafeCSS } from 'lit';
import { declareColors, forcedColors, palettes } from './palette.js';

/**
 * Design tokens as CSS custom properties. A page overrides any of them on the element or an
 * ancestor (`kz-auto-yoy { --kz-color-accent: #c00 }`); the `theme` attribute picks the
 * defaults: `light` (default), `dark`, or `auto` (follows the reader's colour scheme).
 * The widget is transparent by default, so it sits on the page's own background;
 * `--kz-color-background` and `--kz-padding` make it a card instead (the reserved height does
 * not include padding, so a card needs its own room).
 */
const light = unsafeCSS(declareColors(palettes.light));
const dark = unsafeCSS(declareColors(palettes.dark));

export const tokens = css`
  :host {
    ${light}
    --_font: var(--kz-font-family, inherit);
    --_title-size: var(--kz-font-size-title, 1.25rem);
    --_text-size: var(--kz-font-size-text, 0.9375rem);
    --_small-size: var(--kz-font-size-small, 0.8125rem);
    --_chart-size: var(--kz-font-size-chart, 0.8125rem);
    --_space: var(--kz-space, 0.75rem);
    --_padding: var(--kz-padding, 0);
  }
  :host([theme='dark' i]) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      ${dark}
      color-scheme: dark;
    }
  }
  /* Windows high contrast and other forced palettes: the system's own colours. */
  @media (forced-colors: active) {
    :host {
      ${unsafeCSS(declareColors(forcedColors, false))}
      forced-color-adjust: none;
    }
  }
`;
