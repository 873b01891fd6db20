/**
 * The tabular form of each widget's data: the columns of its CSV export, and the way back from
 * rows to the widget's data with messages a journalist can act on (which row, which field,
 * what was expected, what was found). The export writes these columns; reading them back gives
 * the same data.
 */
import type { Cell, ParsedCsv } from './csv.js';
import type { Period } from './types.js';
import { SEGMENTS, type SegmentKey, type ShareData, type YoyData, type YoyFigure } from './widgets.js';

export interface RowError {
  /** 1-based data row (the header is row 0), or 0 for the table as a whole. */
  row: number;
  field: string;
  expected: string;
  found: string;
}

export type Parsed<T> = { ok: true; data: T; errors: [] } | { ok: false; errors: RowError[] };

export interface Table {
  columns: readonly string[];
  rows: Record<string, Cell>[];
}

export const YOY_COLUMNS = [
  'segment', 'period_from', 'period_to', 'value',
  'previous_period_from', 'previous_period_to', 'previous_value', 'previous_is_estimate',
  'change_percent', 'source', 'source_facts',
] as const;

export const SHARE_COLUMNS = ['period_from', 'period_to', 'share_percent', 'source', 'source_facts'] as const;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

function periodBounds(period: Period): [string, string] {
  switch (period.kind) {
    case 'months':
      return [period.from, period.to];
    case 'year':
      return [String(period.year), String(period.year)];
    case 'years':
      return [String(period.from), String(period.to)];
    case 'described':
      return [period.text.en, period.text.en];
  }
}

/** Rows of the year-on-year widget, total last, with the source of each. */
export function yoyTable(data: YoyData, source: string): Table {
  const [from, to] = periodBounds(data.period);
  const [pFrom, pTo] = periodBounds(data.previousPeriod);
  const row = (segment: string, f: YoyFigure) => ({
    segment,
    period_from: from,
    period_to: to,
    value: f.current,
    previous_period_from: pFrom,
    previous_period_to: pTo,
    previous_value: f.previous,
    previous_is_estimate: f.previousEstimated,
    change_percent: f.change,
    source,
    source_facts: f.facts?.join(' '),
  });
  return { columns: YOY_COLUMNS, rows: [...data.segments.map((s) => row(s.key, s)), row('total', data.total)] };
}

export function shareTable(data: ShareData, source: string): Table {
  return {
    columns: SHARE_COLUMNS,
    rows: data.points.map((p) => {
      const [from, to] = periodBounds(p.period);
      return { period_from: from, period_to: to, share_percent: p.share, source, source_facts: p.facts?.join(' ') };
    }),
  };
}

class RowReader {
  readonly errors: RowError[] = [];
  constructor(private readonly row: Record<string, string>, private readonly index: number) {}

  private fail(field: string, expected: string, found: string | undefined) {
    this.errors.push({ row: this.index, field, expected, found: found === undefined || found === '' ? '(empty)' : found });
  }

  number(field: string, { min, max }: { min?: number; max?: number } = {}): number {
    const raw = this.row[field]?.trim() ?? '';
    const value = Number(raw.replace(/\u2212/g, '-'));
    if (raw === '' || !Number.isFinite(value)) this.fail(field, 'a number', raw);
    else if (min !== undefined && value < min) this.fail(field, `a number of at least ${min}`, raw);
    else if (max !== undefined && value > max) this.fail(field, `a number of at most ${max}`, raw);
    return value;
  }

  boolean(field: string): boolean {
    const raw = this.row[field]?.trim().toLowerCase() ?? '';
    if (raw !== 'true' && raw !== 'false') this.fail(field, 'true or false', raw);
    return raw === 'true';
  }

  period(fromField: string, toField: string): Period {
    const from = this.row[fromField]?.trim() ?? '';
    const to = this.row[toField]?.trim() ?? '';
    if (MONTH.test(from) && MONTH.test(to)) return { kind: 'months', from, to };
    if (YEAR.test(from) && from === to) return { kind: 'year', year: Number(from) };
    if (YEAR.test(from) && YEAR.test(to)) return { kind: 'years', from: Number(from), to: Number(to) };
    this.fail(fromField, 'a month as YYYY-MM or a year as YYYY, in both period columns', `${from} / ${to}`);
    return { kind: 'year', year: 0 };
  }

  facts(field: string): string[] | undefined {
    const raw = this.row[field]?.trim();
    return raw ? raw.split(/\s+/) : undefined;
  }

  text(field: string): string {
    return this.row[field]?.trim() ?? '';
  }
}

function missingColumns(parsed: ParsedCsv, columns: readonly string[]): RowError[] {
  return columns
    .filter((c) => c !== 'source' && c !== 'source_facts' && !parsed.columns.includes(c))
    .map((c) => ({ row: 0, field: c, expected: `a column named "${c}"`, found: `columns ${parsed.columns.join(', ') || '(none)'}` }));
}

/** The year-on-year widget's data from CSV rows (as exported). */
export function yoyFromTable(parsed: ParsedCsv): Parsed<YoyData> {
  const missing = missingColumns(parsed, YOY_COLUMNS);
  if (missing.length) return { ok: false, errors: missing };
  const errors: RowError[] = [];
  let total: YoyFigure | undefined;
  let periods: { period: Period; previousPeriod: Period } | undefined;
  const segments: YoyData['segments'] = [];
  parsed.rows.forEach((row, i) => {
    const r = new RowReader(row, i + 1);
    const figure: YoyFigure = {
      current: r.number('value', { min: 0 }),
      previous: r.number('previous_value', { min: 0 }),
      change: r.number('change_percent'),
      previousEstimated: r.boolean('previous_is_estimate'),
    };
    const facts = r.facts('source_facts');
    if (facts) figure.facts = facts;
    periods ??= { period: r.period('period_from', 'period_to'), previousPeriod: r.period('previous_period_from', 'previous_period_to') };
    const segment = r.text('segment');
    if (segment === 'total') total = figure;
    else if ((SEGMENTS as readonly string[]).includes(segment)) segments.push({ key: segment as SegmentKey, ...figure });
    else errors.push({ row: i + 1, field: 'segment', expected: `one of ${[...SEGMENTS, 'total'].join(', ')}`, found: segment || '(empty)' });
    errors.push(...r.errors);
  });
  if (!parsed.rows.length) errors.push({ row: 0, field: 'segment', expected: 'at least one row', found: 'no rows' });
  else if (!total) errors.push({ row: 0, field: 'segment', expected: 'a row with segment "total"', found: 'none' });
  if (errors.length || !total || !periods) return { ok: false, errors };
  return { ok: true, data: { ...periods, total, segments }, errors: [] };
}

/** The share widget's data from CSV rows (as exported). */
export function shareFromTable(parsed: ParsedCsv, plants: ShareData['plants'] = []): Parsed<ShareData> {
  const missing = missingColumns(parsed, SHARE_COLUMNS);
  if (missing.length) return { ok: false, errors: missing };
  const errors: RowError[] = [];
  const points = parsed.rows.map((row, i) => {
    const r = new RowReader(row, i + 1);
    const point: ShareData['points'][number] = {
      period: r.period('period_from', 'period_to'),
      share: r.number('share_percent', { min: 0, max: 100 }),
    };
    const facts = r.facts('source_facts');
    if (facts) point.facts = facts;
    errors.push(...r.errors);
    return point;
  });
  if (!points.length) errors.push({ row: 0, field: 'share_percent', expected: 'at least one row', found: 'no rows' });
  return errors.length ? { ok: false, errors } : { ok: true, data: { points, plants }, errors: [] };
}
