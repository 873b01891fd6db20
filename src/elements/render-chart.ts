import { html, type TemplateResult } from 'lit';
import { errorFrame } from '../charts/frame.js';
import { getLocale, LANGS, SCRIPTS, type Locale, type ResolvedLang } from '../i18n/index.js';
import { describeProblem, problemLines, type Problem, type ProblemLog } from '../widgets/problems.js';

/** What validation found: something to draw, data still on its way, or problems. */
export type Validated<P> = { ready: P; problems: Problem[] } | { loading: true } | { problems: Problem[] };

export interface RenderChartArgs<P> {
  resolved: ResolvedLang;
  /** Problems found by the shared attributes that the widget draws through (e.g. `theme`). */
  notices?: Problem[];
  log: ProblemLog;
  /** Parses the element's attributes and data. */
  validate: () => Validated<P>;
  draw: (ready: P, locale: Locale, notice: string | undefined) => TemplateResult;
}

/**
 * The render path every chart element shares: resolve the language, validate the input, draw
 * or explain, log each distinct problem once. A bug in a chart function becomes a message in
 * the widget rather than an exception that blanks it.
 */
export function renderChart<P>({ resolved, notices = [], log, validate, draw }: RenderChartArgs<P>): TemplateResult {
  const { lang } = resolved;
  const locale = getLocale(lang);
  const drawThrough: Problem[] = [
    ...(resolved.rejected ? [{ code: 'unknown-lang' as const, value: resolved.rejected, accepted: LANGS, shown: lang }] : []),
    ...(resolved.otherScript
      ? [{ code: 'unsupported-script' as const, ...resolved.otherScript, lang, shown: SCRIPTS[lang] }]
      : []),
    ...notices,
  ];
  try {
    const result = validate();
    if ('loading' in result) {
      // The reserved box holds its height meanwhile; the status is announced once.
      return html`<div class="loading" part="loading" role="status" lang=${lang}>${locale.t.data.loading}</div>`;
    }
    const all = [...drawThrough, ...result.problems];
    log.report(all);
    const notice = drawThrough.map((p) => describeProblem(p, lang)).join(' ') || undefined;
    if (!('ready' in result)) {
      return errorFrame({ lang, heading: locale.t.errors.heading, messages: all.flatMap((p) => problemLines(p, lang)) });
    }
    return draw(result.ready, locale, notice);
  } catch (error) {
    const problem: Problem = { code: 'unexpected', message: error instanceof Error ? error.message : String(error) };
    log.report([problem]);
    return errorFrame({ lang, heading: locale.t.errors.heading, messages: [describeProblem(problem, lang)] });
  }
}
