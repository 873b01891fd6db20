/**
 * The `kz-auto-charts/static` entry. `@lit-labs/ssr` is an optional peer: imported statically, a
 * missing one fails while Node links the modules, as ERR_MODULE_NOT_FOUND naming one of our
 * chunks. Loading the renderers through import() turns that into one sentence that says what to
 * install.
 */
import { isMissingSsr, MISSING_SSR } from './missing-peer.js';

const impl = await import('./index.js').catch((error: unknown) => {
  throw isMissingSsr(error) ? Object.assign(new Error(MISSING_SSR), { code: 'KZ_MISSING_PEER' }) : error;
});

export const { renderHtml, renderHtmlPage, renderSvg, renderCsv, figureSvg, widgetProblems, optionProblems, WIDGET_TAGS } = impl;

// A new export of ./index.ts fails the typecheck here until it is passed on above.
type NotPassedOn = Exclude<keyof typeof impl, keyof typeof import('./entry.js')>;
export type {} from './index.js';
const passedOnAll: [NotPassedOn] extends [never] ? true : NotPassedOn = true;
void passedOnAll;
