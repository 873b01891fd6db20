/**
 * Server-side rendering, for Node: `import { renderSvg, renderHtml } from 'kz-auto-charts/static'`.
 * The same widget modules and chart functions as the browser, drawn without a DOM.
 */
export { renderHtml, renderHtmlPage } from './html.js';
export { renderSvg } from './svg.js';
export { renderCsv } from './csv.js';
export { figureSvg } from './figure-svg.js';
export { widgetProblems } from './prepare.js';
export { optionProblems } from './validate.js';
export type { StaticOptions } from './options.js';
export { WIDGET_TAGS } from '../widgets/index.js';
