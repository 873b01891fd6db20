import { css } from 'lit';

/**
 * Design tokens as CSS custom properties, each overridable from the page (`kz-auto-yoy {
 * --kz-color-accent: #c00 }`). Defaults are chosen for a light page: text ≥ 4.5:1 and marks
 * ≥ 3:1 against white.
 */
export const tokens = css`
  :host {
    --_text: var(--kz-color-text, #1f2937);
    --_muted: var(--kz-color-muted, #4b5563);
    --_accent: var(--kz-color-accent, #1d4ed8);
    --_estimate: var(--kz-color-estimate, #667085);
    --_down: var(--kz-color-down, #b42318);
    --_up: var(--kz-color-up, #067647);
    --_rest: var(--kz-color-rest, #e4e7ec);
    --_outline: var(--kz-color-outline, #667085);
    --_surface: var(--kz-color-surface, #ffffff);
    --_error: var(--kz-color-error, #b42318);
    --_font: var(--kz-font-family, inherit);
    --_title-size: var(--kz-font-size-title, 1.25rem);
    --_text-size: var(--kz-font-size-text, 0.9375rem);
    --_small-size: var(--kz-font-size-small, 0.8125rem);
    --_chart-size: var(--kz-font-size-chart, 13px);
    --_space: var(--kz-space, 0.75rem);
  }
`;
