import { html, nothing, type TemplateResult } from 'lit';
import { widgets, type WidgetTag } from '../src/widgets/index.js';
import { getLocale } from '../src/i18n/index.js';

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
  /** URL of the newsroom's own data file (attribute `src`). */
  src: string;
  /** Milliseconds to wait for `src` (attribute `src-timeout`); empty for the default. */
  srcTimeout: string;
  /** The newsroom's own rows, set as the `data` property (not an attribute). */
  data?: unknown;
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
  src: '',
  srcTimeout: '',
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
  src: text('URL of your own JSON or CSV file in this widget’s schema; empty uses the bundled data'),
  srcTimeout: { control: 'text', name: 'src-timeout', description: 'Milliseconds to wait for src (default 10000)' },
  data: { control: 'object', description: 'Your own rows, set as the `data` property; takes precedence over src' },
} as const;

/** Files the stories load with `src`: the widgets' bundled data in their own schemas (demo/data). */
export const exampleFile = (tag: string, ext: 'csv' | 'json') => `data/${tag}.${ext}`;

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
    src: args.src,
    'src-timeout': args.srcTimeout,
    ...own,
  };
  for (const [name, value] of Object.entries(attributes)) if (value) el.setAttribute(name, value);
  if (args.noMenu) el.setAttribute('no-menu', '');
  if (args.className) el.className = args.className;
  if (args.data !== undefined) (el as HTMLElement & { data: unknown }).data = args.data;
  return html`<div
    style="max-width:${args.width}px;font-family:system-ui,sans-serif;padding:12px;${args.page === 'dark'
      ? 'background:#111418;color:#e6e8eb'
      : 'background:#fff'}"
  >
    ${args.className ? brand : nothing}${el}
  </div>`;
}

/**
 * The stories every widget has for its data paths: bundled (the default story), the `data`
 * property, `src` as CSV and JSON, and each kind of failure. `rows` are rows in the widget's
 * schema; `broken` breaks one of them the way a newsroom might (a negative count, a share
 * above 100 %).
 */
export function dataPathArgs(tag: WidgetTag, broken: { field: string; value: unknown }) {
  const { data } = widgets[tag];
  const rows = data.toRows(data.bundled(), getLocale('en'), 'Your newsroom');
  const [first, ...rest] = rows;
  return {
    dataProperty: { data: rows },
    srcCsv: { src: exampleFile(tag, 'csv') },
    srcJson: { src: exampleFile(tag, 'json') },
    errorNotFound: { src: 'data/no-such-file.csv' },
    errorNotJson: { src: 'data/not-json.json' },
    errorTimeout: { src: exampleFile(tag, 'csv'), srcTimeout: '1' },
    errorFetchFailed: { src: 'http://127.0.0.1:9/data.csv' },
    errorSchema: { data: [{ ...first, [Object.keys(first ?? {})[0] ?? 'x']: { nested: true } }, { unknown: 'column' }] },
    errorEmpty: { data: [] },
    errorBrokenValue: { data: [{ ...first, [broken.field]: broken.value }, ...rest] },
  };
}
