import { css } from 'lit';

/**
 * Design tokens as CSS custom properties. A page overrides any of them on the element or an
 * ancestor (`kz-auto-yoy { --kz-color-accent: #c00 }`); the `theme` attribute picks the
 * defaults: `light` (default), `dark`, or `auto` (follows the reader's colour scheme).
 * Defaults keep text ≥ 4.5:1 and marks ≥ 3:1 against their theme's page: white for light,
 * #111418 or darker for dark. The widget is transparent by default, so it sits on the page's own
 * background; `--kz-color-background` and `--kz-padding` make it a card instead (the reserved
 * height does not include padding, so a card needs its own room).
 */
const light = css`
  --_text: var(--kz-color-text, #1f2937);
  --_muted: var(--kz-color-muted, #4b5563);
  --_accent: var(--kz-color-accent, #1d4ed8);
  --_on-accent: var(--kz-color-on-accent, #ffffff);
  --_estimate: var(--kz-color-estimate, #667085);
  --_down: var(--kz-color-down, #b42318);
  --_up: var(--kz-color-up, #067647);
  --_rest: var(--kz-color-rest, #e4e7ec);
  --_outline: var(--kz-color-outline, #667085);
  --_background: var(--kz-color-background, transparent);
  --_surface: var(--kz-color-surface, #ffffff);
  --_error: var(--kz-color-error, #b42318);
`;

const dark = css`
  --_text: var(--kz-color-text, #e6e8eb);
  --_muted: var(--kz-color-muted, #aab2bd);
  --_accent: var(--kz-color-accent, #6ea8fe);
  --_on-accent: var(--kz-color-on-accent, #0b1220);
  --_estimate: var(--kz-color-estimate, #9aa4b2);
  --_down: var(--kz-color-down, #ff8a80);
  --_up: var(--kz-color-up, #5fd37a);
  --_rest: var(--kz-color-rest, #2b313a);
  --_outline: var(--kz-color-outline, #9aa4b2);
  --_background: var(--kz-color-background, transparent);
  --_surface: var(--kz-color-surface, #111418);
  --_error: var(--kz-color-error, #ff8a80);
`;

export const tokens = css`
  :host {
    ${light}
    --_font: var(--kz-font-family, inherit);
    --_title-size: var(--kz-font-size-title, 1.25rem);
    --_text-size: var(--kz-font-size-text, 0.9375rem);
    --_small-size: var(--kz-font-size-small, 0.8125rem);
    --_chart-size: var(--kz-font-size-chart, 13px);
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
`;
