#!/usr/bin/env node
// kz-auto-charts render <widget> [options]: a widget as a standalone SVG or as HTML with
// declarative shadow DOM, on stdout (or -o FILE).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const usage = `Usage: kz-auto-charts render <widget> [options] > chart.svg

Widgets: kz-auto-yoy, kz-plant-share, kz-dealer-sales, kz-output-value, kz-recovery,
         kz-plants-map, kz-brands, kz-fact
Options:
  --lang kk|ru|en         language (default en)
  --width N               width in CSS pixels, 260–2400 (default 640)
  --format svg|html|page  standalone SVG (default), HTML fragment with declarative shadow DOM,
                          or a whole HTML page around it
  --theme light|dark      colours (default light)
  --mode, --segments, --annotations, --fact, --compare
                          the widget's own attributes, as on the element
  --data FILE             your own data: a JSON or CSV file in the widget's schema
  --title, --subtitle, --source, --note   your own texts in place of ours
  -o, --output FILE       write to FILE instead of stdout
  --script URL            with --format page: the script tag that takes the page over`;

// Every failure is one line on stderr and exit 2, with nothing on stdout or in the output file,
// so a build step that renders charts stops instead of publishing an error card.
function fail(message) {
  console.error(`kz-auto-charts: ${message}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'en' },
      width: { type: 'string', default: '640' },
      format: { type: 'string', default: 'svg' },
      theme: { type: 'string', default: 'light' },
      mode: { type: 'string' },
      segments: { type: 'string' },
      annotations: { type: 'string' },
      fact: { type: 'string' },
      compare: { type: 'string' },
      data: { type: 'string' },
      title: { type: 'string' },
      subtitle: { type: 'string' },
      source: { type: 'string' },
      note: { type: 'string' },
      output: { type: 'string', short: 'o' },
      script: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [command, tag] = positionals;
if (command !== 'render') fail(`${command ? `unknown command "${command}"` : 'no command given'}; usage: kz-auto-charts render <widget> [options], --help for the options`);

let staticModule;
try {
  staticModule = await import('../dist/esm/static.js');
} catch (error) {
  // @lit-labs/ssr is an optional peer: the module says in one sentence what to install.
  if (error.code === 'KZ_MISSING_PEER') fail(error.message);
  throw error;
}
const { renderSvg, renderHtml, renderHtmlPage, widgetProblems, optionProblems } = staticModule;
// The Node API's own check, so the command and the API refuse the same options with the same
// words. A width that is not a number goes in as typed, for the message to quote it.
const width = values.width.trim() === '' || Number.isNaN(Number(values.width)) ? values.width : Number(values.width);
const [wrong] = optionProblems({ tag, lang: values.lang, theme: values.theme, width });
if (wrong) fail(wrong);
const renderers = { svg: renderSvg, html: renderHtml, page: renderHtmlPage };
const renderer = renderers[values.format];
if (!renderer) fail(`unknown format "${values.format}"; accepted: svg, html, page`);

let data;
if (values.data && values.format !== 'svg') fail('--data works with --format svg; in HTML give the element a src attribute instead');
if (values.data) {
  let bytes;
  try {
    bytes = readFileSync(values.data);
  } catch (error) {
    fail(`cannot read --data "${values.data}": ${error.message}`);
  }
  // The same reading as a widget's src: a BOM, UTF-16 or Windows-1251 as Excel saves them.
  const { parseCsv, decodeBytes } = await import('../dist/esm/data.js');
  const decoded = decodeBytes(new Uint8Array(bytes));
  if (!decoded.ok) fail(`--data "${values.data}" is not UTF-8 text (nor UTF-16 or Windows-1251 Cyrillic); save it as CSV UTF-8`);
  const text = decoded.text;
  if (/^\s*[[{]/.test(text)) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      fail(`--data "${values.data}" is not valid JSON: ${error.message}`);
    }
  } else data = parseCsv(text);
}

const options = {
  tag,
  lang: values.lang,
  theme: values.theme,
  width: Math.round(width),
  attributes: {
    mode: values.mode,
    segments: values.segments,
    annotations: values.annotations,
    fact: values.fact,
    compare: values.compare,
    title: values.title,
    subtitle: values.subtitle,
    source: values.source,
    note: values.note,
  },
  script: values.script,
  data,
};
// What would be drawn as the widget's error card (unknown fact, bad mode, bad rows) is a failure.
const problems = widgetProblems(options);
const from = values.data ? ` from --data "${values.data}"` : '';
if (problems.length) fail(`${tag} cannot be drawn${from}: ${problems.join(' ')}`);

let output;
try {
  output = renderer(options);
} catch (error) {
  fail(`${tag} cannot be drawn: ${error.message}`);
}
if (values.output) {
  try {
    writeFileSync(values.output, output);
  } catch (error) {
    const reason = { ENOENT: 'its folder does not exist', EISDIR: 'it is a folder', EACCES: 'permission denied' }[error.code] ?? error.message;
    fail(`cannot write -o "${values.output}": ${reason}`);
  }
} else {
  // A full disk or a closed pipe behind `>` is one line too, not a stack trace.
  process.stdout.on('error', (error) => fail(`cannot write to stdout: ${error.message}`));
  process.stdout.write(output);
}
