import type { TemplateResult } from 'lit';
import { errorFrame } from '../charts/frame.js';
import { getLocale, LANGS, type Locale, type ResolvedLang } from '../i18n/index.js';
import { describeProblem, type Problem, type ProblemLog } from './problems.js';

export interface RenderChartArgs<O> {
  resolved: ResolvedLang;
  log: ProblemLog;
  /** Parses the element's attributes; options are absent when a problem prevents drawing. */
  validate: () => { options?: O; problems: Problem[] };
  draw: (options: O, locale: Locale, notice: string | undefined) => TemplateResult;
}

/**
 * The render path every chart element shares: resolve the language, validate the input, draw
 * or explain, log each distinct problem once. A bug in a chart function becomes a message in
 * the widget rather than an exception that blanks it.
 */
export function renderChart<O>({ resolved, log, validate, draw }: RenderChartArgs<O>): TemplateResult {
  const { lang } = resolved;
  const locale = getLocale(lang);
  const langProblems: Problem[] = resolved.rejected
    ? [{ code: 'unknown-lang', value: resolved.rejected, accepted: LANGS, shown: lang }]
    : [];
  try {
    const { options, problems } = validate();
    const all = [...langProblems, ...problems];
    log.report(all);
    const notice = langProblems.map((p) => describeProblem(p, lang)).join(' ') || undefined;
    if (!options) {
      return errorFrame({
        lang,
        heading: locale.t.errors.heading,
        messages: all.map((p) => describeProblem(p, lang)),
      });
    }
    return draw(options, locale, notice);
  } catch (error) {
    const problem: Problem = { code: 'unexpected', message: error instanceof Error ? error.message : String(error) };
    log.report([problem]);
    return errorFrame({ lang, heading: locale.t.errors.heading, messages: [describeProblem(problem, lang)] });
  }
}
