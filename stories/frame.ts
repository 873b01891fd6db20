import { html, type TemplateResult } from 'lit';

export type Page = 'light' | 'dark';

/** Puts a widget in an article column of the given width, on a light or dark page. */
export const column = (width: number, content: TemplateResult, page: Page = 'light') =>
  html`<div
    style="max-width:${width}px;font-family:system-ui,sans-serif;padding:12px;${page === 'dark'
      ? 'background:#111418;color:#e6e8eb'
      : 'background:#fff'}"
  >
    ${content}
  </div>`;

export const langControl = { control: 'inline-radio', options: ['kk', 'ru', 'en'] } as const;
export const themeControl = { control: 'inline-radio', options: ['light', 'dark', 'auto'] } as const;
export const pageControl = { control: 'inline-radio', options: ['light', 'dark'] } as const;
export const widthControl = { control: { type: 'range', min: 280, max: 1200, step: 10 } } as const;

/** A newsroom's brand, set with the documented custom properties only. */
export const brand = html`<style>
  .newsroom-brand {
    --kz-color-accent: #a3001b;
    --kz-color-text: #111111;
    --kz-color-muted: #444444;
    --kz-font-family: Georgia, 'Times New Roman', serif;
    --kz-font-size-title: 1.5rem;
  }
  .newsroom-brand::part(title) {
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .newsroom-brand::part(source) {
    font-style: italic;
  }
</style>`;
