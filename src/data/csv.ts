import { guardCell, unguardCell } from './csv-guard.js';

/** A cell as written: numbers in plain JavaScript notation (a dot for decimals), whatever the locale. */
export type Cell = string | number | boolean | undefined;

// A semicolon too: Russian and Kazakh Excel split at it, and a quoted cell stays one cell there.
const needsQuotes = /[",;\r\n]/;

function cellText(value: Cell): string {
  if (value === undefined) return '';
  // Numbers are written as numbers, so "-24.5" stays a number.
  if (typeof value !== 'string') return String(value);
  const text = guardCell(value);
  return needsQuotes.test(text) ? `"${text.split('"').join('""')}"` : text;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(cellText).join(','), ...rows.map((r) => columns.map((c) => cellText(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export interface ParsedCsv {
  columns: string[];
  rows: Record<string, string>[];
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional BOM) to records. */
export function parseCsv(text: string): ParsedCsv {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const input = text.replace(/^\ufeff/, '');
  for (let i = 0; i < input.length; i += 1) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const [header = [], ...body] = records.filter((r) => r.some((c) => c !== ''));
  const columns = header.map((c) => c.trim());
  // The apostrophe toCsv puts before a formula-like text comes off again.
  return { columns, rows: body.map((r) => Object.fromEntries(columns.map((c, i) => [c, unguardCell(r[i] ?? '')]))) };
}
