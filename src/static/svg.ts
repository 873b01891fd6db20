import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { SVGTemplateResult } from 'lit';
import { getLocale } from '../i18n/index.js';
import { describeProblem } from '../widgets/problems.js';
import { widgets } from '../widgets/index.js';
import { applyOverrides } from '../widgets/overrides.js';
import { errorSvg, figureSvg, PAD } from './figure-svg.js';
import type { StaticOptions } from './options.js';

/** Lit's server output of an svg template, without its hydration markers. */
const svgMarkup = (template: SVGTemplateResult) =>
  collectResultSync(render(template)).replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[^>]*>/g, '');

/**
 * A widget as a standalone SVG, for social cards, RSS, print and e-mail: the same widget module
 * and chart function as the element, laid out without a browser.
 */
export function renderSvg({ tag, lang = 'en', theme = 'light', width, attributes = {} }: StaticOptions): string {
  const widget = widgets[tag];
  const locale = getLocale(lang);
  const { options, problems } = widget.parse(attributes);
  if (!options) {
    return errorSvg(locale.t.errors.heading, problems.map((p) => describeProblem(p, lang)), width, lang);
  }
  const figure = applyOverrides(widget.figure(options, { width: width - 2 * PAD, locale }), attributes, locale);
  return figureSvg(figure, svgMarkup(figure.chart.svg), width, theme);
}
