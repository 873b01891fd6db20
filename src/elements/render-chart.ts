import type { TemplateResult } from 'lit';
import { errorFrame } from '../charts/frame.js';
import { getLocale, LANGS, type Locale, type ResolvedLang } from '../i18n/index.js';
import { describeProblem, type Problem, type ProblemLog } from '../widgets/problems.js';

export interface RenderChartArgs<O> {
  resolved: ResolvedLang;
  /** Problems found by the shared attributes that the widget draws through (e.g. `theme`). */
  notices?: Problem[];
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
export function renderChart<O>({ resolved, notices = [], log, validate, draw }: RenderChartArgs<O>): TemplateResult {
  const { lang } = resolved;
  const locale = getLocale(lang);
  const drawThrough: Problem[] = [
    ...(resolved.rejected ? [{ code: 'unknown-lang' as const, value: resolved.rejected, accepted: LANGS, shown: lang }] : []),
    ...notices,
  ];
  try {
    const { options, problems } = validate();
    const all = [...drawThrough, ...problems];
    log.report(all);
    const notice = drawThrough.map((p) => describeProblem(p, lang)).join(' ') || undefined;
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
