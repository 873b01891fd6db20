/**
 * Reading a newsroom's rows, whatever they came as (JS objects, JSON, CSV), against a widget's
 * column list. Every problem is kept as a value that says which row, which field, what was
 * expected and what was found, so the widget can say it in the reader's language.
 */
import { xmlSafe } from './xml-safe.js';
import type { Period } from './types.js';
import { CDN_BASE } from '../export/version.js';

/** What a field should have held; worded per language in src/widgets/problems.ts. */
export type Expectation =
  | { kind: 'number' }
  | { kind: 'count' }
  | { kind: 'share' }
  | { kind: 'latitude' }
  | { kind: 'longitude' }
  | { kind: 'period' }
  | { kind: 'boolean' }
  | { kind: 'text' }
  | { kind: 'one-of'; values: readonly string[] }
  /** `delimiter`: what a CSV header line was split at, named when a column is missing. */
  | { kind: 'column'; delimiter?: string }
  /** A number with thousands commas ("88,400"): refused, not guessed; `suggest` is it without them. */
  | { kind: 'grouped'; suggest: string }
  /** NaN, ±Infinity, or a number too large or too near zero to add up or divide safely. */
  | { kind: 'finite' }
  | { kind: 'rows' }
  | { kind: 'table' }
  | { kind: 'row-object' }
  | { kind: 'version'; version: number }
  | { kind: 'row-with'; value: string }
  | { kind: 'at-most-rows'; max: number }
  | { kind: 'same-unit'; unit: string }
  /** Every row compares the same periods as the first; `value` is the first row's. */
  | { kind: 'same-periods'; value: string }
  /** A key that may appear once only. */
  | { kind: 'unique' };

export interface RowError {
  /** 1-based data row (the header of a CSV is row 0), or 0 for the table as a whole. */
  row: number;
  field: string;
  expected: Expectation;
  found: string;
}

/** A failure keeps the first 50 errors; `total` counts them all. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: RowError[]; total?: number };

/**
 * A column's type. `count`: a whole or decimal number ≥ 0 (vehicles, money); `share`: a
 * percentage from 0 to 100; `period`: a month `YYYY-MM` or a year `YYYY`.
 */
export type ColumnType =
  | 'text'
  | 'number'
  | 'count'
  | 'share'
  | 'latitude'
  | 'longitude'
  | 'period'
  | 'boolean'
  | { oneOf: readonly string[] };

export interface Column {
  name: string;
  type: ColumnType;
  /** Absent or empty cells are allowed. */
  optional?: true;
  /** What the column holds, for the schema documentation. */
  description: string;
}

/** A widget's data schema: its columns, versioned, the same for `data`, JSON and CSV. */
export interface DataSchema {
  /** `kz-auto-yoy@1`: the widget and the schema version a file can declare. */
  id: string;
  version: number;
  columns: readonly Column[];
  /** Guards against a runaway file: more rows than this is refused. */
  maxRows: number;
}

/** A period as a row gives it: a month `2016-11`, a year `2016` (as text or a number). */
export type PeriodCell = `${number}-${number}` | `${number}` | number;

/**
 * The TypeScript type of a cell in a page's own rows. Strict on purpose: the runtime also reads
 * numbers written as text ("10 125", from a spreadsheet), but code hands numbers as numbers.
 * Choices are read case-insensitively, so `KZT` and `kzt` both pass.
 */
export type CellOf<T extends ColumnType> = T extends { oneOf: readonly (infer V extends string)[] }
  ? V | Uppercase<V>
  : T extends 'text'
    ? string
    : T extends 'boolean'
      ? boolean
      : T extends 'period'
        ? PeriodCell
        : number;

type Flat<T> = { [K in keyof T]: T[K] } & {};

/** One row of a schema's columns, derived from the columns so the two cannot drift apart. */
export type RowOf<C extends readonly Column[]> = Flat<
  { [Col in C[number] as Col extends { optional: true } ? never : Col['name']]: CellOf<Col['type']> } & {
    [Col in C[number] as Col extends { optional: true } ? Col['name'] : never]?: CellOf<Col['type']> | undefined;
  }
>;

/** What a widget's `data` property takes: its rows, or `{ version, rows }` as a JSON file holds them. */
export type RowsData<Row> = readonly Row[] | { version?: number; rows: readonly Row[] };

export type Value = string | number | boolean | undefined;
export type TypedRow = Record<string, Value>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;
const RANGES = {
  latitude: [-90, 90],
  longitude: [-180, 180],
} as const;

/** How a found value reads in a message: short, one line, never an object dump. */
export function describeFound(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * Within these bounds every sum of 500 rows, ratio or product a chart derives stays finite
 * (1e15 × 500 and 1e15 / 1e-9 are far from 1.8e308), so no NaN or Infinity reaches the screen.
 */
const LARGEST = 1e15;
const SMALLEST = 1e-9;

type NumberRead = number | { expected: Expectation };

function asNumber(value: unknown): NumberRead | undefined {
  if (typeof value === 'number') return inRange(value);
  if (typeof value !== 'string') return undefined;
  // Numbers as a spreadsheet in any of our languages might write them: "10 125", "−24,5".
  const spaced = value.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (/^[-+]?(nan|inf|infinity)$/i.test(spaced)) return { expected: { kind: 'finite' } };
  // "88,400" is 88400 to an English spreadsheet and 88.4 to a Russian one: refused, not guessed.
  if (/^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(spaced)) return { expected: { kind: 'grouped', suggest: spaced.replace(/,/g, '') } };
  const text = spaced.replace(/,(?=\d+$)/, '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  return inRange(Number(text));
}

function inRange(n: number): NumberRead {
  const size = Math.abs(n);
  return Number.isFinite(n) && size <= LARGEST && (size === 0 || size >= SMALLEST) ? n : { expected: { kind: 'finite' } };
}

function readCell(type: ColumnType, raw: unknown): { value?: Value; expected?: Expectation } {
  if (typeof type === 'object') {
    const text = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
    return text !== undefined && type.oneOf.includes(text) ? { value: text } : { expected: { kind: 'one-of', values: type.oneOf } };
  }
  switch (type) {
    case 'text':
      return typeof raw === 'string' || typeof raw === 'number' ? { value: xmlSafe(String(raw)).trim() } : { expected: { kind: 'text' } };
    case 'boolean': {
      const text = typeof raw === 'boolean' ? String(raw) : typeof raw === 'string' ? raw.trim().toLowerCase() : '';
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { expected: { kind: 'boolean' } };
    }
    case 'period': {
      const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
      return MONTH.test(text) || YEAR.test(text) ? { value: text } : { expected: { kind: 'period' } };
    }
    case 'number':
    case 'count':
    case 'share':
    case 'latitude':
    case 'longitude': {
      const n = asNumber(raw);
      if (n === undefined) return { expected: { kind: type === 'number' ? 'number' : type } };
      if (typeof n === 'object') return n;
      if (type === 'count' && n < 0) return { expected: { kind: 'count' } };
      if (type === 'share' && (n < 0 || n > 100)) return { expected: { kind: 'share' } };
      if (type === 'latitude' || type === 'longitude') {
        const [lo, hi] = RANGES[type];
        if (n < lo || n > hi) return { expected: { kind: type } };
      }
      return { value: n };
    }
  }
}

const isEmpty = (raw: unknown) => raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/** Anything a page may hand us as data: rows, `{ version, rows }`, or parsed CSV. */
export type RowsInput = unknown;

interface RowList {
  rows?: unknown[];
  columns?: string[];
  /** A parsed CSV's delimiter, and whether reading stopped at the row limit. */
  delimiter?: string;
  truncated?: boolean;
  errors: RowError[];
}

function rowList(input: RowsInput, schema: DataSchema): RowList {
  const table = (found: unknown): RowError => ({ row: 0, field: '(data)', expected: { kind: 'table' }, found: describeFound(found) });
  if (Array.isArray(input)) return { rows: input, errors: [] };
  if (input && typeof input === 'object') {
    const o = input as { rows?: unknown; columns?: unknown; version?: unknown; delimiter?: unknown; truncated?: unknown };
    if (o.version !== undefined && o.version !== schema.version) {
      return { errors: [{ row: 0, field: 'version', expected: { kind: 'version', version: schema.version }, found: describeFound(o.version) }] };
    }
    if (Array.isArray(o.rows)) {
      const columns = Array.isArray(o.columns) ? o.columns.filter((c): c is string => typeof c === 'string') : undefined;
      const delimiter = typeof o.delimiter === 'string' ? o.delimiter : undefined;
      return { rows: o.rows, columns, delimiter, truncated: o.truncated === true, errors: [] };
    }
  }
  return { errors: [table(input)] };
}

/**
 * Rows checked against a schema: every cell typed, every problem listed (up to the first 50, so
 * a 10,000-row mistake does not become 10,000 messages).
 */
export function readRows(input: RowsInput, schema: DataSchema): Parsed<TypedRow[]> {
  const list = rowList(input, schema);
  if (!list.rows) return { ok: false, errors: list.errors };
  const { rows } = list;
  if (rows.length === 0) return { ok: false, errors: [{ row: 0, field: '(data)', expected: { kind: 'rows' }, found: '0' }] };
  if (rows.length > schema.maxRows) {
    return { ok: false, errors: [{ row: 0, field: '(data)', expected: { kind: 'at-most-rows', max: schema.maxRows }, found: list.truncated ? `> ${schema.maxRows}` : String(rows.length) }] };
  }
  const errors: RowError[] = [];
  // A CSV tells its columns in the header: a missing one is one message, not one per row.
  if (list.columns) {
    for (const c of schema.columns) {
      if (!c.optional && !list.columns.includes(c.name)) {
        errors.push({ row: 0, field: c.name, expected: { kind: 'column', ...(list.delimiter ? { delimiter: list.delimiter } : {}) }, found: list.columns.join(', ') || '(none)' });
      }
    }
    if (errors.length) return { ok: false, errors };
  }
  const typed: TypedRow[] = [];
  // Every row is checked, so the count is true; only the first 50 problems are kept.
  let total = 0;
  const fail = (error: RowError) => {
    total += 1;
    if (errors.length < 50) errors.push(error);
  };
  rows.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      fail({ row: i + 1, field: '(row)', expected: { kind: 'row-object' }, found: describeFound(raw) });
      return;
    }
    const record = raw as Record<string, unknown>;
    const row: TypedRow = {};
    for (const c of schema.columns) {
      const cell = record[c.name];
      if (isEmpty(cell)) {
        if (!c.optional) fail({ row: i + 1, field: c.name, expected: expectationOf(c.type), found: '(empty)' });
        continue;
      }
      const { value, expected } = readCell(c.type, cell);
      if (expected) fail({ row: i + 1, field: c.name, expected, found: describeFound(cell) });
      else row[c.name] = value;
    }
    typed.push(row);
  });
  return total ? { ok: false, errors, total } : { ok: true, data: typed };
}

function expectationOf(type: ColumnType): Expectation {
  if (typeof type === 'object') return { kind: 'one-of', values: type.oneOf };
  return { kind: type };
}


/** A period from two bounds as written in a table (`2016-01`…`2016-11`, `2015`, `2010`…`2015`). */
export function toPeriod(from: string, to: string = from): Period {
  if (YEAR.test(from) && YEAR.test(to)) {
    return from === to ? { kind: 'year', year: Number(from) } : { kind: 'years', from: Number(from), to: Number(to) };
  }
  const month = (s: string) => (YEAR.test(s) ? `${s}-01` : s);
  return { kind: 'months', from: month(from), to: YEAR.test(to) ? `${to}-12` : to };
}

/** The bounds a period is written with in a table; a described period keeps its English words. */
export function periodBounds(period: Period): [string, string] {
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

/** The JSON Schema (draft 2020-12) of a widget's rows, published for editors and validators. */
export function jsonSchema(schema: DataSchema, title: string): Record<string, unknown> {
  const property = (c: Column): Record<string, unknown> => {
    const t = c.type;
    const base =
      typeof t === 'object'
        ? { enum: t.oneOf }
        : t === 'text'
          ? { type: 'string' }
          : t === 'boolean'
            ? { type: ['boolean', 'string'], enum: [true, false, 'true', 'false'] }
            : t === 'period'
              ? { type: ['string', 'integer'], pattern: '^\\d{4}(-(0[1-9]|1[0-2]))?$' }
              : {
                  type: ['number', 'string'],
                  ...(t === 'count' ? { minimum: 0 } : {}),
                  ...(t === 'share' ? { minimum: 0, maximum: 100 } : {}),
                  ...(t === 'latitude' ? { minimum: -90, maximum: 90 } : {}),
                  ...(t === 'longitude' ? { minimum: -180, maximum: 180 } : {}),
                };
    return { ...base, description: c.description };
  };
  const row = {
    type: 'object',
    properties: Object.fromEntries(schema.columns.map((c) => [c.name, property(c)])),
    required: schema.columns.filter((c) => !c.optional).map((c) => c.name),
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${CDN_BASE}/dist/schemas/${schema.id.replace('@', '.v')}.json`,
    title,
    oneOf: [
      { type: 'array', items: row, minItems: 1, maxItems: schema.maxRows },
      {
        type: 'object',
        properties: { version: { const: schema.version }, rows: { type: 'array', items: row, minItems: 1, maxItems: schema.maxRows } },
        required: ['rows'],
      },
    ],
  };
}
