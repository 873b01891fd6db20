import { html, nothing, type TemplateResult } from 'lit';

export type Page = 'light' | 'dark';

/** Args every widget story has: the shared attributes, plus where the widget sits. */
export interface CommonArgs {
  lang: string;
  theme: string;
  title: string;
  subtitle: string;
  source: string;
  note: string;
  noMenu: boolean;
  /** Column width in px (not an attribute). */
  width: number;
  /** Page background around the widget (not an attribute). */
  page: Page;
  /** A newsroom-brand class from `brand` below (not an attribute). */
  className: string;
}

export const commonArgs: CommonArgs = {
  lang: 'en',
  theme: 'light',
  title: '',
  subtitle: '',
  source: '',
  note: '',
  noMenu: false,
  width: 720,
  page: 'light',
  className: '',
};

const text = (description: string) => ({ control: 'text', description }) as const;

export const commonArgTypes = {
  lang: { control: 'inline-radio', options: ['kk', 'ru', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  title: text('Your own title (attribute `title`); empty keeps ours'),
  subtitle: text('Your own subtitle'),
  source: text('Your own source line'),
  note: text('Your own note'),
  noMenu: { control: 'boolean', name: 'no-menu', description: 'Hide the download-and-share menu' },
  width: { control: { type: 'range', min: 280, max: 1200, step: 10 }, description: 'Column width (not an attribute)' },
  page: { control: 'inline-radio', options: ['light', 'dark'], description: 'Page background (not an attribute)' },
  className: { table: { disable: true } },
} as const;

/** A newsroom's brand, set with the documented custom properties and parts only. */
const brand = html`<style>
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

/**
 * The widget `tag` with the story's attributes, in an article column of the given width on a
 * light or dark page. Built with setAttribute so every story file shares one attribute list.
 */
export function widget(tag: string, args: CommonArgs, own: Record<string, string> = {}): TemplateResult {
  const el = document.createElement(tag);
  const attributes: Record<string, string> = {
    lang: args.lang,
    theme: args.theme === 'light' ? '' : args.theme,
    title: args.title,
    subtitle: args.subtitle,
    source: args.source,
    note: args.note,
    ...own,
  };
  for (const [name, value] of Object.entries(attributes)) if (value) el.setAttribute(name, value);
  if (args.noMenu) el.setAttribute('no-menu', '');
  if (args.className) el.className = args.className;
  return html`<div
    style="max-width:${args.width}px;font-family:system-ui,sans-serif;padding:12px;${args.page === 'dark'
      ? 'background:#111418;color:#e6e8eb'
      : 'background:#fff'}"
  >
    ${args.className ? brand : nothing}${el}
  </div>`;
}
