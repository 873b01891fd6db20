/**
 * Each widget's data schema: one versioned column list that is at once the shape of the `data`
 * property (an array of row objects), of a JSON or CSV file given as `src`, and of the widget's
 * CSV download, so a download read back gives the same chart. `readRows` checks the cells;
 * each widget's `fromRows` turns checked rows into its data, with the few checks that span rows.
 */
import type { Cell } from './csv.js';
import type { Locale } from '../i18n/index.js';
import { readRows, toPeriod, type DataSchema, type Parsed, type RowError, type RowsInput, type TypedRow } from './rows.js';

export type { DataSchema, Parsed, RowError, RowsInput, TypedRow } from './rows.js';
export { readRows, jsonSchema, periodBounds, toPeriod } from './rows.js';

/** The rows a table is exported as, and the columns they use. */
export interface Table {
  columns: readonly string[];
  rows: Record<string, Cell>[];
}

/** How a widget's data comes from rows and goes back to them. */
export interface WidgetData<D> {
  schema: DataSchema;
  /** The bundled dataset, shaped for the widget. */
  bundled(): D;
  fromRows(rows: TypedRow[]): Parsed<D>;
  /** Rows of the schema's columns, for the CSV download, worded in the locale; `source` is the source line's text. */
  toRows(data: D, locale: Locale, source: string): Record<string, Cell>[];
}

/** A newsroom's data, checked: the widget's data, and the source its rows name, if any. */
export interface Loaded<D> {
  data: D;
  source?: string;
}

/** Reads rows in any accepted form (objects, `{ version, rows }`, parsed CSV) into a widget's data. */
export function parseData<D>(input: RowsInput, shape: WidgetData<D>): Parsed<Loaded<D>> {
  const read = readRows(input, shape.schema);
  if (!read.ok) return read;
  const built = shape.fromRows(read.data);
  if (!built.ok) return built;
  const source = read.data.map((r) => r.source).find((s): s is string => typeof s === 'string' && s !== '');
  return { ok: true, data: { data: built.data, ...(source ? { source } : {}) } };
}

/** A widget's CSV table: its schema's columns, its data's rows. */
export function tableOf<D>(shape: WidgetData<D>, data: D, locale: Locale, source: string): Table {
  return { columns: shape.schema.columns.map((c) => c.name), rows: shape.toRows(data, locale, source) };
}

/** Provenance ids as one cell, and back. */
export const factsCell = (facts?: readonly string[]) => (facts?.length ? facts.join(' ') : undefined);
export const factsOf = (cell: unknown) => (typeof cell === 'string' && cell ? { facts: cell.split(/\s+/) } : {});

/** Checks that span rows, collected like cell errors. */
export class RowChecks {
  readonly errors: RowError[] = [];
  fail(error: RowError) {
    this.errors.push(error);
  }
  /** Each value of `field` may stand in one row only. */
  unique(rows: TypedRow[], field: string) {
    const seen = new Set<unknown>();
    rows.forEach((r, i) => {
      if (seen.has(r[field])) this.fail({ row: i + 1, field, expected: { kind: 'unique' }, found: String(r[field]) });
      seen.add(r[field]);
    });
  }
  result<D>(data: () => D): Parsed<D> {
    return this.errors.length ? { ok: false, errors: this.errors } : { ok: true, data: data() };
  }
}

/** A row's period from its `period_from` and `period_to` cells; one month or year when `period_to` is empty. */
export const rowPeriod = (row: TypedRow) => toPeriod(row.period_from as string, (row.period_to as string | undefined) ?? (row.period_from as string));

/** The columns every schema ends with: where the figures come from. */
export const SOURCE_COLUMNS = [
  { name: 'source', type: 'text', optional: true, description: 'Source line to show, e.g. "Statistics Committee". The first non-empty one is used.' },
  { name: 'source_facts', type: 'text', optional: true, description: 'Ids of bundled-dataset facts the row comes from, space-separated (written by the download; optional).' },
] as const satisfies DataSchema['columns'];
