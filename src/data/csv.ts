/** A cell as written: numbers in plain JavaScript notation (a dot for decimals), whatever the locale. */
export type Cell = string | number | boolean | undefined;

const needsQuotes = /[",\r\n]/;
// A text cell starting with one of these is a formula to a spreadsheet; a leading apostrophe
// keeps it text. Numbers are written as numbers, so "−24.5" stays a number.
const formulaStart = /^[=+\-@\t\r]/;

function cellText(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = formulaStart.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(cellText).join(','), ...rows.map((r) => columns.map((c) => cellText(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export { parseCsv, detectDelimiter, type ParsedCsv, type Delimiter } from './csv-read.js';
