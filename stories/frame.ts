import { html, type TemplateResult } from 'lit';

/** Puts a widget in a column of the given width, as an article would. */
export const column = (width: number, content: TemplateResult) =>
  html`<div style="max-width:${width}px;font-family:system-ui,sans-serif">${content}</div>`;

export const langControl = { control: 'inline-radio', options: ['kk', 'ru', 'en'] } as const;
export const widthControl = { control: { type: 'range', min: 280, max: 1200, step: 10 } } as const;
