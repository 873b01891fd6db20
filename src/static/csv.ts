import { toCsv } from '../data/csv.js';
import { getLocale } from '../i18n/index.js';
import { widgets } from '../widgets/index.js';
import { dataTable, prepare } from '../widgets/draw.js';
import { problemLines } from '../widgets/problems.js';
import type { StaticOptions } from './options.js';
import { assertOptions } from './validate.js';

/**
 * A widget's bundled data as CSV in its schema: the same file its download menu gives, and a
 * filled-in template for a newsroom's own `src` file. Throws with the widget's own message when
 * the attributes cannot be used.
 */
export function renderCsv(options: Pick<StaticOptions, 'tag' | 'lang' | 'attributes'>): string {
  assertOptions(options, { width: false });
  const { tag, lang = 'en', attributes = {} } = options;
  const widget = widgets[tag];
  const locale = getLocale(lang);
  const prepared = prepare(widget, attributes);
  if (!prepared.ok) throw new Error(prepared.problems.flatMap((p) => problemLines(p, 'en')).join(' '));
  const table = dataTable(widget, prepared, locale);
  return toCsv(table.columns, table.rows);
}
