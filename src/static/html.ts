import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../index.js';
import { reserveCss } from '../styles/reserve.js';
import type { StaticOptions } from './options.js';
import { attributeString, escapeAttribute } from './markup.js';
import { assertOptions } from './validate.js';

/**
 * The widget as HTML with a declarative shadow root: it shows without JavaScript, and the
 * script tag, when it loads, takes the server's DOM over instead of drawing it again.
 */
export function renderHtml(options: StaticOptions): string {
  assertOptions(options);
  const { tag, lang, theme, width, attributes = {} } = options;
  // The script would take this DOM over and redraw it from the bundled data: own data in HTML
  // goes through `src`, which the script fetches again.
  if (options.data !== undefined) throw new Error('renderHtml draws the bundled data or the src attribute; for own data as JS objects use renderSvg');
  const attrs = attributeString({ lang, theme, ...attributes });
  const name = unsafeStatic(tag);
  const template = staticHtml`<${name}${unsafeStatic(attrs)} .staticWidth=${width}></${name}>`;
  return collectResultSync(render(template));
}

/** A whole page around the widget, for previews and for checking the output in a browser. */
export function renderHtmlPage(options: StaticOptions & { script?: string }): string {
  assertOptions(options);
  return `<!doctype html>
<html lang="${escapeAttribute(options.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${reserveCss()}</style>
${options.script ? `<script src="${escapeAttribute(options.script)}"></script>` : ''}
</head>
<body style="margin:0;padding:16px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif">
<div style="max-width:${options.width}px">${renderHtml(options)}</div>
</body>
</html>
`;
}
