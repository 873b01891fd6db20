/**
 * Reading CSV as newsrooms save it: RFC 4180 quoting, CRLF or LF, an optional BOM, and the
 * delimiter their spreadsheet uses — `,`, or `;` where the decimal mark is a comma (Russian and
 * Kazakh Excel), or a tab. The delimiter is read off the header line, whose column names never
 * hold any of the three.
 */
import { unguardCell } from './csv-guard.js';

export type Delimiter = ',' | ';' | '\t';

export interface ParsedCsv {
  columns: string[];
  rows: Record<string, string>[];
  /** The delimiter the header line was split at. */
  delimiter: Delimiter;
  /** Reading stopped after `maxRows` data rows: there were more. */
  truncated?: true;
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Cells read per line; the widest schema has a dozen columns. */
export const MAX_FIELDS = 100;

/** Characters kept of a quoted cell; a title or a source line is a few hundred at most. */
const MAX_CELL = 10_000;

const LINE_END = /[\r\n]/g;
const NOT_BLANK = /\S/g;

/** The delimiter found most often outside quotes in the first line; a comma when none is. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  // The header line is short; a file that is one huge line is not scanned to its end.
  for (let i = 0; i < Math.min(text.length, 65_536); i += 1) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Parses CSV to records. Field by field with `indexOf` and regular expressions rather than
 * character by character, so a large file costs little; `maxRows` stops reading once more data
 * rows than that have been seen (the caller refuses the table anyway).
 */
export function parseCsv(text: string, options: { maxRows?: number; delimiter?: Delimiter } = {}): ParsedCsv {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = options.delimiter ?? detectDelimiter(input);
  const maxRecords = options.maxRows === undefined ? Infinity : options.maxRows + 2;
  // An unquoted field runs to the next delimiter, quote-free line end, or the end of the text.
  const plain = new RegExp(`[^${delimiter === '\t' ? '\\t' : delimiter}\\r\\n]*`, 'y');
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  let truncated = false;
  const n = input.length;
  const endRecord = () => {
    if (record.some((c) => c !== '')) records.push(record);
    record = [];
  };
  while (i <= n) {
    let field: string;
    if (input[i] === '"') {
      // Quoted: up to the closing quote, doubled quotes standing for one; text after the
      // closing quote and before the delimiter is kept, as spreadsheets do. A plain loop over
      // char codes: a million doubled quotes cost milliseconds, not a call or a string each.
      let close = i + 1;
      let doubled = false;
      for (; close < n; close += 1) {
        if (input.charCodeAt(close) !== 34) continue;
        if (input.charCodeAt(close + 1) !== 34) break;
        doubled = true;
        close += 1;
      }
      const quoted = input.slice(i + 1, Math.min(close, i + 1 + MAX_CELL));
      const after = Math.min(close + 1, n);
      plain.lastIndex = after;
      plain.test(input);
      field = (doubled ? quoted.replace(/""/g, '"') : quoted) + input.slice(after, plain.lastIndex);
      i = plain.lastIndex;
    } else {
      plain.lastIndex = i;
      plain.test(input);
      field = input.slice(i, plain.lastIndex);
      i = plain.lastIndex;
    }
    if (record.length === MAX_FIELDS) {
      // No schema has this many columns: the rest of the line is skipped, not split.
      LINE_END.lastIndex = i;
      i = LINE_END.exec(input)?.index ?? n;
    } else record.push(field);
    const ch = input[i];
    if (ch === delimiter) {
      i += 1;
      continue;
    }
    // A line end or the end of the text closes the record.
    endRecord();
    if (i >= n) break;
    i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
    if (records.length >= maxRecords) {
      NOT_BLANK.lastIndex = i;
      truncated = NOT_BLANK.test(input);
      break;
    }
  }
  const [header = [], ...body] = records;
  const columns = header.map((c) => c.trim());
  // The apostrophe toCsv puts before a formula-like text comes off again.
  const rows = body.map((r) => Object.fromEntries(columns.map((c, k) => [c, unguardCell(r[k] ?? '')])));
  return { columns, rows, delimiter, ...(truncated ? { truncated: true as const } : {}) };
}
