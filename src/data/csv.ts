import { guardCell } from './csv-guard.js';

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

export { parseCsv, detectDelimiter, type ParsedCsv, type Delimiter } from './csv-read.js';
