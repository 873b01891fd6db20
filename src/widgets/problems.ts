import type { Lang } from '../data/types.js';
import { messages } from '../i18n/index.js';

/** Input we cannot use, as a value; rendered in the reader's language, logged in English. */
export type Problem =
  | { code: 'unknown-lang'; value: string; accepted: readonly string[]; shown: Lang }
  | { code: 'unknown-theme'; value: string; accepted: readonly string[] }
  | { code: 'unknown-option'; option: 'mode'; value: string; accepted: readonly string[] }
  | { code: 'unknown-segments'; values: string[]; accepted: readonly string[] }
  | { code: 'no-segments'; accepted: readonly string[] }
  | { code: 'unexpected'; message: string };

/** Problems the widget can draw through, showing a notice: it falls back to a default. */
export const isNotice = (p: Problem) => p.code === 'unknown-lang' || p.code === 'unknown-theme';

export function describeProblem(problem: Problem, lang: Lang): string {
  const { errors: t, quote, languageNames } = messages[lang];
  switch (problem.code) {
    case 'unknown-lang':
      return t.unknownLang(quote(problem.value), problem.accepted.join(', '), languageNames[problem.shown]);
    case 'unknown-theme':
      return t.unknownTheme(quote(problem.value), problem.accepted.join(', '));
    case 'unknown-option':
      return t.unknownMode(quote(problem.value), problem.accepted.join(', '));
    case 'unknown-segments':
      return t.unknownSegments(problem.values.map(quote).join(', '), problem.accepted.join(', '));
    case 'no-segments':
      return t.noSegments(problem.accepted.join(', '));
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
    const text = problems.map((p) => describeProblem(p, 'en')).join(' ');
    if (text === this.last) return;
    this.last = text;
    if (!text) return;
    const fatal = problems.some((p) => !isNotice(p));
    (fatal ? console.error : console.warn)(`<${this.tag}>: ${text}`);
  }
}

