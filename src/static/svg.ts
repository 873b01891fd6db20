import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { SVGTemplateResult } from 'lit';
import { getLocale } from '../i18n/index.js';
import { problemLines } from '../widgets/problems.js';
import { widgets } from '../widgets/index.js';
import { drawFigure, prepare } from '../widgets/draw.js';
import { parseData } from '../data/schema.js';
import { errorSvg, figureSvg, PAD } from './figure-svg.js';
import type { StaticOptions } from './options.js';

/** Lit's server output of an svg template, without its hydration markers. */
const svgMarkup = (template: SVGTemplateResult) =>
  collectResultSync(render(template)).replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[^>]*>/g, '');

/**
 * A widget as a standalone SVG, for social cards, RSS, print and e-mail: the same widget module
 * and chart function as the element, laid out without a browser.
 */
export function renderSvg({ tag, lang = 'en', theme = 'light', width, attributes = {}, data }: StaticOptions): string {
  const widget = widgets[tag];
  const locale = getLocale(lang);
  const fail = (problems: Parameters<typeof problemLines>[0][]) =>
    errorSvg(locale.t.errors.heading, problems.flatMap((p) => problemLines(p, lang)), width, lang);
  // A server render cannot wait for a fetch: drawing the bundled data instead would mislead.
  if (attributes.src) throw new Error('renderSvg does not fetch src: read the file and pass its rows as `data`');
  let loaded;
  if (data !== undefined) {
    const parsed = parseData(data, widget.data);
    if (!parsed.ok) return fail([{ code: 'bad-data', origin: 'data', errors: parsed.errors, ...(parsed.total ? { total: parsed.total } : {}) }]);
    loaded = parsed.data;
  }
  const prepared = prepare(widget, attributes, loaded);
  if (!prepared.ok) return fail(prepared.problems);
  const figure = drawFigure(widget, prepared, { width: width - 2 * PAD, locale }, attributes);
  return figureSvg(figure, svgMarkup(figure.chart.svg), width, theme);
}
