import type { Lang } from '../data/types.js';
import type { Expectation, RowError } from '../data/rows.js';
import { messages, type Messages } from '../i18n/index.js';

/** Input we cannot use, as a value; rendered in the reader's language, logged in English. */
export type Problem =
  | { code: 'unknown-lang'; value: string; accepted: readonly string[]; shown: Lang }
  | { code: 'unsupported-script'; value: string; lang: Lang; script: string; shown: string }
  | { code: 'unknown-theme'; value: string; accepted: readonly string[] }
  | { code: 'unknown-option'; option: 'mode'; value: string; accepted: readonly string[] }
  | { code: 'unknown-segments'; values: string[]; accepted: readonly string[] }
  | { code: 'no-segments'; accepted: readonly string[] }
  | { code: 'unknown-annotations'; values: string[]; accepted: readonly string[] }
  | { code: 'no-fact'; example: string }
  | { code: 'unknown-fact'; value: string; examples: string[] }
  | { code: 'compare-unit'; fact: string; unit: string; other: string; otherUnit: string }
  /** Same unit, yet no change between them can be said: two multiples, a range, or a base of zero. */
  | { code: 'compare-meaningless'; fact: string; other: string; reason: 'times' | 'range' | 'zero' }
  | { code: 'segments-not-in-data'; values: string[] }
  | { code: 'bad-url'; value: string }
  | { code: 'fetch-failed'; url: string; reason: string }
  | { code: 'http-status'; url: string; status: number }
  | { code: 'timeout'; url: string; ms: number }
  | { code: 'not-json'; url: string; reason: string }
  | { code: 'credentials'; url: string }
  | { code: 'too-big'; url: string; maxBytes: number }
  | { code: 'not-utf8'; url: string }
  | { code: 'html-page'; url: string }
  | { code: 'bad-data'; origin: 'data' | 'src'; errors: RowError[]; total?: number }
  | { code: 'unexpected'; message: string };

/** How many row errors a message lists before "…and N more". */
const LISTED = 5;

function expectation(e: Expectation, t: Messages['errors']['expected']): string {
  switch (e.kind) {
    case 'one-of':
      return t.oneOf(e.values.join(', '));
    case 'version':
      return t.version(e.version);
    case 'row-with':
      return t.rowWith(e.value);
    case 'at-most-rows':
      return t.atMostRows(e.max);
    case 'same-unit':
      return t.sameUnit(e.unit);
    case 'same-periods':
      return t.samePeriods(e.value);
    case 'row-object':
      return t.rowObject;
    case 'column':
      return e.delimiter ? t.columnSplit(t.delimiters[e.delimiter as keyof typeof t.delimiters] ?? e.delimiter) : t.column;
    case 'grouped':
      return t.grouped(e.suggest);
    default:
      return t[e.kind];
  }
}

/** Row errors as lines: which row, which field, what was expected, what was found. */
function rowErrorLines(errors: RowError[], total: number, lang: Lang): string[] {
  const { errors: t, quote } = messages[lang];
  const lines = errors
    .slice(0, LISTED)
    .map((e) => t.cell(t.at(e.row, e.field), expectation(e.expected, t.expected), e.found === '(empty)' ? '—' : quote(e.found)));
  return total > LISTED ? [...lines, t.more(total - LISTED)] : lines;
}

/** Problems the widget can draw through, showing a notice: it falls back to a default. */
export const isNotice = (p: Problem) => p.code === 'unknown-lang' || p.code === 'unsupported-script' || p.code === 'unknown-theme';

/** A problem as the lines the widget shows: most are one line; bad data lists its rows. */
export function problemLines(problem: Problem, lang: Lang): string[] {
  if (problem.code !== 'bad-data') return [describeProblem(problem, lang)];
  return [describeProblem(problem, lang), ...rowErrorLines(problem.errors, problem.total ?? problem.errors.length, lang)];
}

export function describeProblem(problem: Problem, lang: Lang): string {
  const { errors: t, quote, languageNames, scriptNames } = messages[lang];
  const scriptName = (code: string) => scriptNames[code as keyof typeof scriptNames] ?? code;
  switch (problem.code) {
    case 'unknown-lang':
      return t.unknownLang(quote(problem.value), problem.accepted.join(', '), languageNames[problem.shown]);
    case 'unsupported-script':
      return t.unsupportedScript(quote(problem.value), languageNames[problem.lang], scriptName(problem.script), scriptName(problem.shown));
    case 'unknown-theme':
      return t.unknownTheme(quote(problem.value), problem.accepted.join(', '));
    case 'unknown-option':
      return t.unknownMode(quote(problem.value), problem.accepted.join(', '));
    case 'unknown-segments':
      return t.unknownSegments(problem.values.map(quote).join(', '), problem.accepted.join(', '));
    case 'no-segments':
      return t.noSegments(problem.accepted.join(', '));
    case 'unknown-annotations':
      return t.unknownAnnotations(problem.values.map(quote).join(', '), problem.accepted.join(', '));
    case 'no-fact':
      return t.noFact(problem.example);
    case 'unknown-fact':
      return t.unknownFact(quote(problem.value), problem.examples.join(', '));
    case 'compare-unit':
      return t.compareUnit(problem.fact, problem.unit, problem.other, problem.otherUnit);
    case 'compare-meaningless':
      return t.compareMeaningless(problem.fact, problem.other, problem.reason);
    case 'segments-not-in-data':
      return t.segmentsNotInData(problem.values.join(', '));
    case 'bad-url':
      return t.badUrl(quote(problem.value));
    case 'fetch-failed':
      return t.fetchFailed(problem.url, problem.reason);
    case 'http-status':
      return t.httpStatus(problem.url, problem.status);
    case 'timeout':
      return t.timeout(problem.url, String(problem.ms / 1000));
    case 'not-json':
      return t.notJson(problem.url, problem.reason);
    case 'credentials':
      return t.credentials(problem.url);
    case 'too-big':
      return t.tooBig(problem.url, String(problem.maxBytes / 1024 / 1024));
    case 'not-utf8':
      return t.notUtf8(problem.url);
    case 'html-page':
      return t.htmlPage(problem.url);
    case 'bad-data':
      return t.dataIntro(problem.origin, problem.total ?? problem.errors.length);
    case 'unexpected':
      return t.unexpected(problem.message);
  }
}

/**
 * Logs each distinct set of problems once per element, so a resize or re-render does not
 * repeat the warning, and a fixed attribute followed by a new mistake is reported again.
 */
export class ProblemLog {
  private last = '';
  constructor(private readonly tag: string) {}

  report(problems: Problem[]): void {
    const text = problems.map((p) => problemLines(p, 'en').join(' ')).join(' ');
    if (text === this.last) return;
    this.last = text;
    if (!text) return;
    const fatal = problems.some((p) => !isNotice(p));
    (fatal ? console.error : console.warn)(`<${this.tag}>: ${text}`);
  }
}

