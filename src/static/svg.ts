import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { SVGTemplateResult } from 'lit';
import { getLocale } from '../i18n/index.js';
import { problemLines } from '../widgets/problems.js';
import { errorSvg, figureSvg } from './figure-svg.js';
import { drawStatic } from './prepare.js';
import type { StaticOptions } from './options.js';
import { assertOptions } from './validate.js';

/** Lit's server output of an svg template, without its hydration markers. */
const svgMarkup = (template: SVGTemplateResult) =>
  collectResultSync(render(template)).replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[^>]*>/g, '');

/**
 * A widget as a standalone SVG, for social cards, RSS, print and e-mail: the same widget module
 * and chart function as the element, laid out without a browser.
 */
export function renderSvg(options: StaticOptions): string {
  assertOptions(options);
  const { lang = 'en', theme = 'light', width, attributes = {} } = options;
  // A server render cannot wait for a fetch: drawing the bundled data instead would mislead.
  if (attributes.src) throw new Error('renderSvg does not fetch src: read the file and pass its rows as `data`');
  const drawn = drawStatic(options);
  if (!drawn.ok) {
    const locale = getLocale(lang);
    return errorSvg(locale.t.errors.heading, drawn.problems.flatMap((p) => problemLines(p, lang)), width, lang);
  }
  return figureSvg(drawn.figure, svgMarkup(drawn.figure.chart.svg), width, theme);
}
