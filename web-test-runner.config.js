import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromePath, chromeArgs } from './scripts/chrome.js';
import { summaryReporter } from './scripts/summary-reporter.js';
import { defaultReporter } from '@web/test-runner';
import { probeDemoServer } from './scripts/probe-demo-server.js';

const testArgs = ['--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];
const here = fileURLToPath(new URL('.', import.meta.url));
// The articles the dataset was read from live beside the project, not in it; tests that compare
// against them fetch /__sources__/<file> and skip with a notice when the folder is absent.
const sourcesDir = resolve(here, '../shared/sources');

const cdpSessions = new WeakMap();
/**
 * Files checked in beside the tests that a test compares what it rendered with: the test PUTs
 * what it rendered to /<prefix>/<name> and gets back the stored file. The file is written only
 * with the update variable set to 1, or when it does not exist yet outside CI, so a change shows
 * up as a reviewed diff in the folder.
 */
function storedFileMiddleware({ prefix, folder, extension, type, update }) {
  const dir = resolve(here, folder);
  const pattern = new RegExp(`^/${prefix}/([\\w.-]+\\.${extension})$`);
  return async function (context, next) {
    const match = context.path.match(pattern);
    if (!match || context.method !== 'PUT') return next();
    const file = resolve(dir, match[1]);
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    const actual = Buffer.concat(chunks).toString('utf8');
    if (process.env[update] === '1' || (!existsSync(file) && !process.env.CI)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, actual);
    }
    if (!existsSync(file)) {
      context.status = 404;
      context.body = `missing ${folder}/${match[1]}: run ${update}=1 npm test and commit ${folder}/`;
      return undefined;
    }
    context.type = type;
    context.body = readFileSync(file, 'utf8');
    return undefined;
  };
}

/** Golden SVGs: each chart function's plot, per language (test/golden.test.ts). */
const goldenMiddleware = storedFileMiddleware({ prefix: '__golden__', folder: 'test/golden', extension: 'svg', type: 'image/svg+xml', update: 'UPDATE_GOLDEN' });

/** Copy files: every text a reader meets in a widget, per language (test/copy.test.ts). */
const copyMiddleware = storedFileMiddleware({ prefix: '__copy__', folder: 'test/copy', extension: 'txt', type: 'text/plain; charset=utf-8', update: 'UPDATE_COPY' });

/** The layout faults known today, which issue 14 removes (test/geometry.test.ts). */
const geometryMiddleware = storedFileMiddleware({ prefix: '__geometry__', folder: 'test', extension: 'txt', type: 'text/plain; charset=utf-8', update: 'UPDATE_GEOMETRY' });

/**
 * Server-side rendering runs in Node, so the tests reach it through the test server:
 * /__static__/<svg|html|page>?tag=…&lang=…&width=… returns the built renderer's output, and
 * /__cli__?args=… runs the real command line and returns its exit code and output;
 * /__without_ssr__ does both in an app where the optional peer @lit-labs/ssr is not installed.
 */
async function staticMiddleware(context, next) {
  if (context.path.startsWith('/__static__/')) {
    const { renderSvg, renderHtml, renderHtmlPage } = await import('./dist/esm/static.js');
    const q = Object.fromEntries(new URLSearchParams(context.querystring));
    const renderer = { svg: renderSvg, html: renderHtml, page: renderHtmlPage }[context.path.slice(12)];
    const { tag, lang, theme, width, script, ...attributes } = q;
    context.type = context.path.endsWith('svg') ? 'image/svg+xml' : 'text/html';
    context.body = renderer({ tag, lang, theme, width: Number(width) || 640, attributes, script });
    return undefined;
  }
  if (context.path === '/__static_call__') {
    // A Node API call with options as a caller might pass them (JSON, plus a width that JSON
    // cannot carry, e.g. NaN): what it returned, or the message it threw.
    const api = await import('./dist/esm/static.js');
    const q = new URLSearchParams(context.querystring);
    const options = JSON.parse(q.get('options') ?? '{}');
    if (q.has('width')) options.width = Number(q.get('width'));
    context.type = 'application/json';
    try {
      context.body = JSON.stringify({ output: api[q.get('fn')](options) });
    } catch (error) {
      context.body = JSON.stringify({ error: error.message, type: error.constructor.name });
    }
    return undefined;
  }
  if (context.path === '/__slow__') {
    // A data file that arrives late, for the `src` timeout.
    const ms = Number(new URLSearchParams(context.querystring).get('ms')) || 2000;
    await new Promise((r) => setTimeout(r, ms));
    context.type = 'application/json';
    context.body = '[]';
    return undefined;
  }
  if (context.path === '/__src__') {
    // Every source file's text, for the test that finds unused messages.
    const files = readdirSync(resolve(here, 'src'), { recursive: true }).filter((f) => String(f).endsWith('.ts'));
    context.type = 'application/json';
    context.body = JSON.stringify(Object.fromEntries(files.map((f) => [f, readFileSync(resolve(here, 'src', String(f)), 'utf8')])));
    return undefined;
  }
  if (context.path === '/__size__') {
    // The size-budget check as CI runs it, optionally with every ceiling scaled (to see it fail).
    const scale = new URLSearchParams(context.querystring).get('scale') ?? '1';
    const result = spawnSync(process.execPath, [resolve(here, 'scripts/check-size.js')], { encoding: 'utf8', env: { ...process.env, SIZE_BUDGET_SCALE: scale } });
    context.type = 'application/json';
    context.body = JSON.stringify({ code: result.status, stdout: result.stdout, stderr: result.stderr });
    return undefined;
  }
  if (context.path === '/__exists__') {
    // Whether the build wrote a file, without serving it through the browser transform (the
    // Node-only static entry uses top-level await, which the es2021 transform refuses).
    const file = resolve(here, new URLSearchParams(context.querystring).get('path') ?? '');
    context.type = 'application/json';
    context.body = JSON.stringify(file.startsWith(here) && existsSync(file));
    return undefined;
  }
  if (context.path === '/__without_ssr__') {
    // The built package in a temporary app without the optional peer (scripts/without-ssr.js).
    const control = new URLSearchParams(context.querystring).has('with-ssr') ? ['--with-ssr'] : [];
    const result = spawnSync(process.execPath, [resolve(here, 'scripts/without-ssr.js'), ...control], { encoding: 'utf8' });
    context.type = 'application/json';
    context.body = result.status === 0 ? result.stdout : JSON.stringify({ error: result.stderr });
    return undefined;
  }
  if (context.path === '/__demo_server__') {
    // The demo server (`npm start`) in a throw-away folder, given raw request targets.
    const targets = JSON.parse(new URLSearchParams(context.querystring).get('targets') ?? '[]');
    context.type = 'application/json';
    context.body = JSON.stringify(await probeDemoServer(targets));
    return undefined;
  }
  if (context.path === '/__cli__') {
    const args = JSON.parse(new URLSearchParams(context.querystring).get('args') ?? '[]');
    // In a fresh folder holding only `fixtures` (the test data) and an empty `folder`, so
    // `written` tells whether the command left a file behind.
    const cwd = mkdtempSync(resolve(tmpdir(), 'kz-cli-'));
    symlinkSync(resolve(here, 'test/fixtures'), resolve(cwd, 'fixtures'));
    mkdirSync(resolve(cwd, 'folder'));
    const result = spawnSync(process.execPath, [resolve(here, 'bin/kz-auto-charts.js'), ...args], { encoding: 'utf8', cwd });
    const written = readdirSync(cwd).length > 2 || readdirSync(resolve(cwd, 'folder')).length > 0;
    rmSync(cwd, { recursive: true, force: true });
    context.type = 'application/json';
    context.body = JSON.stringify({ code: result.status, stdout: result.stdout, stderr: result.stderr, written });
    return undefined;
  }
  return next();
}

/**
 * Data files as a server might send them, for the tests of reading `src`:
 * /__bytes__/<name>?b64=…&type=… answers the given bytes with the given Content-Type (the name
 * gives the extension the widget sees), and /__big__/<name>?mb=N streams N MB of CSV rows,
 * generated, never stored; /__big_sent__ tells how many bytes the last one sent before the
 * browser cancelled it.
 */
let bigSent = { sent: 0, closed: false };
async function dataFileMiddleware(context, next) {
  const q = new URLSearchParams(context.querystring);
  if (context.path.startsWith('/__bytes__/')) {
    // `delay`: a file that arrives late, for widgets moved while it loads.
    await new Promise((r) => setTimeout(r, Number(q.get('delay')) || 0));
    context.type = q.get('type') ?? 'application/octet-stream';
    context.body = Buffer.from(q.get('b64') ?? '', 'base64');
    return undefined;
  }
  if (context.path === '/__big_sent__') {
    context.type = 'application/json';
    context.body = JSON.stringify(bigSent);
    return undefined;
  }
  if (context.path.startsWith('/__big__/')) {
    const total = Number(q.get('mb') || 50) * 1024 * 1024;
    const state = { sent: 0, closed: false };
    bigSent = state;
    const line = 'kia,KR,2016-01,2016-11,1234,Test fixture\n';
    const chunk = Buffer.from(line.repeat(Math.ceil(65536 / line.length)));
    const { Readable } = await import('node:stream');
    const stream = new Readable({
      read() {
        if (state.sent === 0) {
          state.sent += 1;
          this.push('brand,country,period_from,period_to,value,source\n');
        } else if (state.sent >= total) this.push(null);
        else {
          state.sent += chunk.length;
          this.push(chunk);
        }
      },
    });
    stream.on('close', () => (state.closed = true));
    context.req.on('close', () => (state.closed = true));
    context.type = 'text/csv; charset=utf-8';
    context.body = stream;
    return undefined;
  }
  return next();
}

/**
 * Files the tests ask for in order to see the 404 message: the widget gets a real 404, but the
 * runner's list of unexpected 404s (filled after the response, keyed by URL) does not show them.
 */
const EXPECTED_404 = /^\/(data\/no-such-file\.csv|test\/fixtures\/missing\.csv)$/;
async function expected404Middleware(context, next) {
  if (!EXPECTED_404.test(context.path)) return next();
  context.status = 404;
  context.body = 'Not found (on purpose)';
  context.url = `/__expected_404__${context.url}`;
  return undefined;
}

/**
 * What a widget logs about its input (`<kz-fact>: No figure with the id …`): the tests that
 * provoke it check the message on the page, so the console copy is not printed again. A bug in
 * a chart function ("Something went wrong…"), Lit's warnings and anything else still are.
 */
const isWidgetInputMessage = (text) => /^<kz-[a-z-]+>: /.test(text) && !text.includes('Something went wrong while drawing');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames or resize observations.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The geometric test measures 130 widgets at each of seven widths once their redraws settle;
  // on a loaded two-core machine that takes longer than the default two minutes.
  testsFinishTimeout: 300_000,
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath, args: [...chromeArgs, ...testArgs], headless: true } })],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode') && !isWidgetInputMessage(String(args[0])),
  reporters: [defaultReporter(), summaryReporter()],
  middleware: [goldenMiddleware, copyMiddleware, geometryMiddleware, staticMiddleware, expected404Middleware, dataFileMiddleware],
  plugins: [
    {
      // Forced colours (Windows high contrast) through the DevTools protocol: neither the stock
      // emulateMedia command nor Puppeteer's emulateMediaFeatures accepts that feature.
      name: 'emulate-media-features',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-media-features') return undefined;
        // The emulation lasts as long as the protocol session, so keep one per page.
        const page = session.browser.getPage(session.id);
        if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
        await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      },
    },
    {
      // The page's JS heap after a full garbage collection, for the leak test.
      name: 'heap-used',
      async executeCommand({ command, session }) {
        if (command !== 'heap-used') return undefined;
        const page = session.browser.getPage(session.id);
        if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
        const cdp = cdpSessions.get(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      },
    },
    esbuildPlugin({ ts: true, target: 'es2021' }),
    {
      // The stories' example files at the URL they use in Storybook (staticDirs in .storybook/main.ts).
      name: 'story-data',
      serve(context) {
        const match = context.path.match(/^\/data\/([\w.-]+\.(csv|json))$/);
        const file = match && resolve(here, 'demo/data', match[1]);
        if (!file || !existsSync(file)) return undefined;
        return { body: readFileSync(file, 'utf8'), type: match[2] === 'csv' ? 'text/csv' : 'application/json' };
      },
    },
    {
      name: 'source-articles',
      serve(context) {
        const match = context.path.match(/^\/__sources__\/([\w.-]+)$/);
        if (!match) return undefined;
        const file = resolve(sourcesDir, match[1]);
        // Missing: fall through to the static handler's 404.
        if (!existsSync(file)) return undefined;
        return { body: readFileSync(file, 'utf8'), type: 'text/plain' };
      },
    },
  ],
};
