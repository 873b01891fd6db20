import { getLocale } from '../i18n/index.js';
import { parseData } from '../data/schema.js';
import { drawFigure, prepare } from '../widgets/draw.js';
import { widgets } from '../widgets/index.js';
import { problemLines, type Problem } from '../widgets/problems.js';
import { PAD } from './figure-svg.js';
import type { StaticOptions } from './options.js';
import { optionProblems } from './validate.js';

type Drawn = { ok: true; figure: ReturnType<typeof drawFigure> } | { ok: false; problems: Problem[] };

/**
 * Own data, attributes, then the figure itself: the same checks the element runs, in the same
 * order, so a server render fails exactly where the element would show its error card.
 */
export function drawStatic({ tag, lang = 'en', width, attributes = {}, data }: StaticOptions): Drawn {
  const widget = widgets[tag];
  let loaded;
  if (data !== undefined) {
    const parsed = parseData(data, widget.data);
    if (!parsed.ok) return { ok: false, problems: [{ code: 'bad-data', origin: 'data', errors: parsed.errors, ...(parsed.total ? { total: parsed.total } : {}) }] };
    loaded = parsed.data;
  }
  const prepared = prepare(widget, attributes, loaded);
  if (!prepared.ok) return { ok: false, problems: prepared.problems };
  try {
    return { ok: true, figure: drawFigure(widget, prepared, { width: width - 2 * PAD, locale: getLocale(lang) }, attributes) };
  } catch (error) {
    // As in the element: a bug in a chart function is a message, not a crash.
    return { ok: false, problems: [{ code: 'unexpected', message: error instanceof Error ? error.message : String(error) }] };
  }
}

/**
 * Why the widget would not be drawn: options a renderer refuses (as `optionProblems`), else why
 * it would be an error card, in English, one sentence after another; empty when it
 * draws. For a command line or a build step that must fail instead of publishing the card.
 */
export function widgetProblems(options: StaticOptions): string[] {
  const wrong = optionProblems(options);
  if (wrong.length) return wrong;
  const drawn = drawStatic(options);
  return drawn.ok ? [] : drawn.problems.flatMap((p) => problemLines(p, 'en'));
}
