// Benchmark: the same grouped bar chart (<kz-auto-yoy>'s data, 640 px wide, value labels, legend,
// title) drawn by kz-auto-charts (its real built element, dist/elements/kz-auto-yoy.js), by a
// hand-written Lit + d3 element (the floor, charts/floor.js) and by Chart.js, Observable Plot,
// Apache ECharts and Vega-Lite (vega-embed), each from its minimal tree-shaken bundle; every
// measure at CPU 1× and at 4× (as Lighthouse's mobile run). Headless Chromium, local server,
// runs interleaved in a shuffled order, medians. Writes bench/RESULTS.md and prints it.
//   npm run bench            (RUNS=7 by default; RUNS=3 while iterating)
//   ONLY=chartjs,unsliced    only those besides kz-auto-charts and the floor (no embedding run)
//   TIMES=1 / SHOTS=dir      print how long each measure took / save a picture of each chart
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, totalmem, release, type } from 'node:os';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromePath, chromeArgs } from '../scripts/chrome.js';
import { bundledYoyData } from '../dist/esm/data.js';

const here = new URL('.', import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS) || 7;
const RATES = [1, 4];
const started = Date.now();
const loadStart = loadavg();
const log = (line) => process.stderr.write(`${line}\n`);

const version = (path) => JSON.parse(readFileSync(new URL(path, here), 'utf8')).version;
const resolveVersion = (name) => {
  for (const dir of ['node_modules', '../node_modules']) {
    const path = new URL(`${dir}/${name}/package.json`, here);
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')).version;
  }
  return '?';
};

// kz-auto-charts is loaded as a reader's page loads it: the built element as a module script
// (with any chunk it imports). The others are esbuild bundles of bench/charts/<id>.js.
const LIBS = [
  { id: 'ours', name: 'kz-auto-charts', version: version('../package.json'), module: '/dist/elements/kz-auto-yoy.js', glue: '/bench/charts/ours-element.js' },
  { id: 'floor', name: 'the floor: hand-written Lit + d3', version: `(Lit ${resolveVersion('lit')}, d3-scale ${resolveVersion('d3-scale')})`, floor: true },
  { id: 'chartjs', name: 'Chart.js', version: resolveVersion('chart.js') },
  { id: 'plot', name: 'Observable Plot', version: resolveVersion('@observablehq/plot') },
  { id: 'echarts', name: 'Apache ECharts', version: resolveVersion('echarts') },
  { id: 'vega', name: 'Vega-Lite (vega-embed)', version: resolveVersion('vega-embed'), also: ['vega', 'vega-lite'] },
];
const floor = LIBS.find((l) => l.floor);
const ours = LIBS[0];


const buildOptions = (entry, outfile, plugins = []) => ({
  entryPoints: [entry],
  outfile,
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'bench',
  target: 'es2021',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
  plugins,
});

// 1. Each peer's bundle for this one chart, minified the same way.
mkdirSync(new URL('dist/', here), { recursive: true });
for (const lib of LIBS.filter((l) => !l.module)) {
  await build(buildOptions(new URL(`charts/${lib.id}.js`, here).pathname, new URL(`dist/${lib.id}.js`, here).pathname));
}

// 1b. kz-auto-charts without time-sliced first draws: src bundled with the module that gates each
// first draw on a time budget (src/controllers/draw-turns.ts) given an endless slice: the same
// batched reads and draws, never a yield.
// Timing columns only; skipped, with a notice, where that module does not exist (or the stub no
// longer fits what src imports from it).
const DRAW_TURNS = join(root, 'src', 'controllers', 'draw-turns.ts');
const STUB_SLICE = 'const SLICE_MS = Infinity;';
const unsliced = { id: 'unsliced', name: 'kz-auto-charts, unsliced', version: '(src, first-draw slicing stubbed)', timingOnly: true };
// Its twin, the same src bundled the same way but sliced, so the two differ by the stub alone
// (the real artefact is a rollup build loaded as a module: not the same start line).
const srcSliced = { id: 'sliced', name: 'kz-auto-charts, sliced', version: '(src)', timingOnly: true, fiftyOnly: true };
let unslicedNotice = '';
if (!existsSync(DRAW_TURNS)) {
  unslicedNotice = `src/controllers/draw-turns.ts does not exist in this tree: the unsliced variant was skipped.`;
} else {
  let replaced = 0;
  const stubDrawTurns = {
    name: 'stub-draw-turns',
    setup(b) {
      b.onResolve({ filter: /draw-turns(\.[jt]s)?$/ }, (args) => {
        const path = resolvePath(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        if (path !== DRAW_TURNS && `${path}.ts` !== DRAW_TURNS) return undefined;
        replaced += 1;
        return { path: DRAW_TURNS, namespace: 'draw-turns-stub' };
      });
      b.onLoad({ filter: /.*/, namespace: 'draw-turns-stub' }, () => {
        const source = readFileSync(DRAW_TURNS, 'utf8');
        const contents = source.replace(/const SLICE_MS = [^;]+;/, STUB_SLICE);
        if (contents === source) throw new Error('no `const SLICE_MS = …;` in draw-turns.ts to replace');
        return { contents, loader: 'ts', resolveDir: dirname(DRAW_TURNS) };
      });
    },
  };
  try {
    await build(buildOptions(new URL('charts/ours.js', here).pathname, new URL('dist/unsliced.js', here).pathname, [stubDrawTurns]));
    await build(buildOptions(new URL('charts/ours.js', here).pathname, new URL('dist/sliced.js', here).pathname));
    if (replaced === 0) unslicedNotice = 'src/controllers/draw-turns.ts exists but nothing in the element imports it: the unsliced variant was skipped.';
  } catch (error) {
    unslicedNotice = `the unsliced variant did not build (${String(error.message).split('\n')[0]}…): skipped.`;
  }
}
if (unslicedNotice) log(`notice: ${unslicedNotice}`);
// ONLY=ours,floor: just those (while iterating; the tables need ours and the floor).
const ONLY = process.env.ONLY?.split(',');
const CONTENDERS = (unslicedNotice ? LIBS : [...LIBS, unsliced, srcSliced]).filter((l) => !ONLY || ONLY.includes(l.id) || l === ours || l === floor);

// 2. The data every library draws: the bundled dataset's production by type.
const yoy = bundledYoyData();
const fmt = (v, est) => (est ? '≈' : '') + Math.round(v).toLocaleString('en');
const DATA = {
  title: 'Vehicle production by type, January–November 2015 and 2016',
  segments: yoy.segments.map((s) => ({ 'passenger-cars': 'Passenger cars', trucks: 'Trucks', buses: 'Buses' })[s.key]),
  series: [
    { name: '2015 (est.)', values: yoy.segments.map((s) => Math.round(s.previous)), labels: yoy.segments.map((s) => fmt(s.previous, s.previousEstimated)) },
    { name: '2016', values: yoy.segments.map((s) => s.current), labels: yoy.segments.map((s) => fmt(s.current, false)) },
  ],
};

// 3. Pages. Long tasks are recorded from the start (buffered); the script under test is loaded
// the way a page would load it, then `code` runs with `bench` bound to its draw/resize functions.
const byId = (id) => CONTENDERS.find((c) => c.id === id);
const pageHtml = (lib, body, code) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
</script>
${lib.module ? `<script type="module" src="${lib.module}"></script>` : `<script src="/lib/${lib.id}.js"></script>`}
</head>
<body style="margin:0;font-family:system-ui,sans-serif">
${body}
${lib.module
  ? `<script type="module">import * as bench from '${lib.glue}';\nwindow.bench = bench;\n${code}</script>`
  : `<script>(async () => {\n${code}})();</script>`}
</body></html>`;

// One chart, or fifty: all appended at once (as a page's parser would), each 640 px wide.
const chartsPage = (lib, n) =>
  pageHtml(
    lib,
    Array.from({ length: n }, () => '<div class="c" style="width:640px;min-height:400px"></div>').join('\n'),
    `const data = ${JSON.stringify(DATA)};
    window.__handles = await Promise.all([...document.querySelectorAll('.c')].map((c) => bench.draw(c, data, { width: 640, height: 400 })));
    await new Promise(requestAnimationFrame);
    window.__drawn = performance.now();`,
  );

// Two hundred widgets in one 640 px column, most of them below the fold.
const resizePage = (lib) =>
  pageHtml(
    lib,
    '<div id="box" style="width:640px"></div>',
    `const data = ${JSON.stringify(DATA)};
    const box = document.getElementById('box');
    window.__els = Array.from({ length: 200 }, () => box.appendChild(bench.create(data)));`,
  );

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const page = url.pathname.match(/^\/(page|resize)\/(\w+)$/);
  if (page && byId(page[2])) {
    const html = page[1] === 'page' ? chartsPage(byId(page[2]), Number(url.searchParams.get('n')) || 1) : resizePage(byId(page[2]));
    return res.writeHead(200, { 'content-type': types['.html'] }).end(html);
  }
  // Peers' bundles from bench/dist; the project's build (any file under dist/, chunks included)
  // and the harness's own glue from the project root.
  let file;
  if (url.pathname.startsWith('/lib/')) file = join(fileURLToPath(here), 'dist', url.pathname.slice(5));
  else if (url.pathname.startsWith('/dist/') || url.pathname.startsWith('/bench/charts/')) file = join(root, url.pathname);
  file = file && normalize(file);
  if (!file || !file.startsWith(root) || file.includes(`${sep}..${sep}`)) return res.writeHead(404).end();
  try {
    const body = readFileSync(file);
    return res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    return res.writeHead(404).end();
  }
}).listen(0);
const base = `http://127.0.0.1:${server.address().port}`;

// 4. Runs, interleaved: every library at every CPU rate once per run, in a new order each time.
const browser = await puppeteer.launch({ executablePath: chromePath, args: chromeArgs, headless: true });
const KEYS = ['drawn', 'script', 'heap', 'resize', 'fifty', 'fiftyLong', 'fiftyLongest', 'many', 'manyLongest', 'manyRedrew', 'manyInView'];
const TABLED = CONTENDERS.filter((l) => !l.fiftyOnly);
const samples = Object.fromEntries(CONTENDERS.map((l) => [l.id, Object.fromEntries(RATES.map((r) => [r, Object.fromEntries(KEYS.map((k) => [k, []]))]))]));
const bytes = {};
const shuffle = (xs) => xs.map((x) => [Math.random(), x]).sort((a, b) => a[0] - b[0]).map(([, x]) => x);

/** A page in `context` whose CPU runs `rate` times slower, set before it navigates. */
async function throttledPage(context, rate, viewport) {
  const page = await context.newPage();
  await page.setViewport(viewport);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { page, cdp };
}

/** Every script the page downloads (lazily imported chunks too), minus the harness's glue. */
function recordScripts(page) {
  const bodies = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    const isScript = response.request().resourceType() === 'script' || /javascript/.test(response.headers()['content-type'] ?? '');
    if (isScript && response.ok() && !url.pathname.startsWith('/bench/')) bodies.push(response.buffer().then((body) => ({ path: url.pathname, body })));
  });
  return async () => {
    const files = await Promise.all(bodies);
    const sum = (f) => files.reduce((total, { body }) => total + f(body), 0);
    return {
      files: files.map((f) => `${f.path} (${(gzipSync(f.body, { level: 9 }).length / 1000).toFixed(1)} KB gzip)`),
      min: sum((b) => b.length),
      gzip: sum((b) => gzipSync(b, { level: 9 }).length),
      brotli: sum((b) => brotliCompressSync(b).length),
    };
  };
}

async function measureCharts(lib, rate) {
  const s = samples[lib.id][rate];
  const context = await browser.createBrowserContext();
  try {
    if (!lib.fiftyOnly) {
      const { page, cdp } = await throttledPage(context, rate, { width: 800, height: 900 });
      const countBytes = !lib.timingOnly && !bytes[lib.id] ? recordScripts(page) : undefined;
      await page.goto(`${base}/page/${lib.id}?n=1`);
      await page.waitForFunction(() => window.__drawn > 0, { timeout: 60000 });
      s.drawn.push(await page.evaluate(() => window.__drawn));
      if (countBytes) {
        // Whatever the chart loads after its first draw (texts, chunks) counts too.
        await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => {});
        bytes[lib.id] = await countBytes();
      }
      // SHOTS=dir: a picture of each library's chart, to check they draw the same thing.
      if (process.env.SHOTS && rate === 1 && s.drawn.length === 1) await page.screenshot({ path: `${process.env.SHOTS}/${lib.id}.png`, clip: { x: 0, y: 0, width: 660, height: 560 } });
      await cdp.send('HeapProfiler.collectGarbage');
      const m = await page.metrics();
      s.script.push(m.ScriptDuration * 1000);
      s.heap.push(m.JSHeapUsedSize / 1e6);
      s.resize.push(
        await page.evaluate(async () => {
          const t0 = performance.now();
          await bench.resize(window.__handles[0], document.querySelector('.c'), 360);
          await new Promise(requestAnimationFrame);
          return performance.now() - t0;
        }),
      );
      await page.close();
    }

    // Fifty charts on one page, all in view (a tall window), so lazy drawing cannot skip any.
    const { page: fifty } = await throttledPage(context, rate, { width: 800, height: 50 * 420 });
    await fifty.goto(`${base}/page/${lib.id}?n=50`);
    await fifty.waitForFunction(() => window.__drawn > 0, { timeout: 120000 });
    // Long-task entries arrive after their task: give the last one time to be delivered.
    const f = await fifty.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 100));
      const long = window.__long.filter((e) => e.start < window.__drawn).map((e) => e.duration);
      const plots = [...document.querySelectorAll('.c')].filter((c) => c.querySelector('svg, canvas') || c.firstElementChild?.shadowRoot?.querySelector('svg.plot')).length;
      return { drawn: window.__drawn, long, plots };
    });
    if (f.plots !== 50) log(`warning: ${lib.id} at ${rate}×: ${f.plots} of 50 charts found drawn`);
    s.fifty.push(f.drawn);
    s.fiftyLong.push(f.long.reduce((a, b) => a + b, 0));
    s.fiftyLongest.push(f.long.length ? Math.max(...f.long) : 0);
  } finally {
    await context.close();
  }
}

// Two hundred widgets in an 800×900 window; the column goes from 640 to 360 px. Timed until every
// widget in view has redrawn at 360 px (and a frame); then, after a second for any queued redraws,
// counted: the plots whose width changed, and the long tasks from the change on.
async function measureResize(lib, rate) {
  const s = samples[lib.id][rate];
  const context = await browser.createBrowserContext();
  try {
    const { page } = await throttledPage(context, rate, { width: 800, height: 900 });
    await page.goto(`${base}/resize/${lib.id}`);
    const inViewDrawn = () => {
      const inView = (el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; };
      return window.__els?.length === 200 && window.__els.filter(inView).every((el) => el.shadowRoot?.querySelector('svg.plot'));
    };
    await page.waitForFunction(inViewDrawn, { timeout: 120000 });
    await new Promise((r) => setTimeout(r, 250 * rate));
    const r = await page.evaluate(async (settle) => {
      const inView = (el) => { const b = el.getBoundingClientRect(); return b.bottom > 0 && b.top < innerHeight; };
      const width = (el) => el.shadowRoot?.querySelector('svg.plot')?.getAttribute('width') ?? null;
      const before = window.__els.map(width);
      const t0 = performance.now();
      document.getElementById('box').style.width = '360px';
      await new Promise((resolve) => {
        const check = () => (window.__els.filter(inView).every((el) => width(el) === '360') ? resolve() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      await new Promise(requestAnimationFrame);
      const done = performance.now() - t0;
      await new Promise((r) => setTimeout(r, settle));
      const long = window.__long.filter((e) => e.start + e.duration > t0).map((e) => e.duration);
      return { done, longest: long.length ? Math.max(...long) : 0, redrew: window.__els.filter((el, i) => width(el) !== before[i]).length, inView: window.__els.filter(inView).length };
    }, 300 + 200 * rate);
    s.many.push(r.done);
    s.manyLongest.push(r.longest);
    s.manyRedrew.push(r.redrew);
    s.manyInView.push(r.inView);
  } finally {
    await context.close();
  }
}

const PEERS = LIBS.filter((l) => l !== ours && CONTENDERS.includes(l));
const RESIZED = [ours, floor];
const job = (what, run) => Object.assign(run, { what });
// The unsliced variant and its sliced twin run back to back (in either order), so each run gives
// a pair measured under the same load.
const paired = CONTENDERS.includes(unsliced) && CONTENDERS.includes(srcSliced);
const jobs = [
  ...TABLED.filter((lib) => !paired || lib !== unsliced).flatMap((lib) => RATES.map((rate) => job(`${lib.id} ${rate}×`, () => measureCharts(lib, rate)))),
  ...(paired ? RATES.map((rate) => job(`unsliced/sliced ${rate}×`, async () => {
    for (const lib of shuffle([unsliced, srcSliced])) await measureCharts(lib, rate);
  })) : []),
  ...RESIZED.flatMap((lib) => RATES.map((rate) => job(`${lib.id} 200 widgets ${rate}×`, () => measureResize(lib, rate)))),
];
for (let run = 0; run < RUNS; run += 1) {
  for (const job of shuffle(jobs)) {
    const t = Date.now();
    await job();
    if (process.env.TIMES) log(`  ${job.what}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  log(`run ${run + 1}/${RUNS} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
const browserVersion = await browser.version();
await browser.close();
server.close();

// 5. Medians; each cell with its ratio against the floor, then kz-auto-charts against each peer.
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const med = (lib, rate, key) => median(samples[lib.id][rate][key]);
const ratio = (v, b) => (b > 0 && Number.isFinite(v) ? `${(v / b).toFixed(2)}×` : '–');
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
// [heading, value at a rate (or once, for sizes), unit, digits, per rate?]
const columns = [
  { name: 'gzip', get: (l) => bytes[l.id]?.gzip, fmt: kb },
  { name: '1 chart drawn, CPU 1× / 4×', key: 'drawn' },
  { name: '50 charts drawn, 1× / 4×', key: 'fifty' },
  { name: 'longest task, 50 charts, 1× / 4×', key: 'fiftyLongest' },
  { name: 'long tasks summed, 50 charts, 1× / 4×', key: 'fiftyLong' },
  { name: 'min', get: (l) => bytes[l.id]?.min, fmt: kb },
  { name: 'brotli', get: (l) => bytes[l.id]?.brotli, fmt: kb },
  { name: 'scripting, 1 chart, 1× / 4×', key: 'script' },
  { name: 'JS heap, 1 chart', get: (l) => med(l, 1, 'heap'), fmt: (v) => `${v.toFixed(1)} MB` },
  { name: 'resize 640 → 360 px, 1 chart, 1× / 4×', key: 'resize' },
];
const values = (lib, col) => (col.key ? RATES.map((r) => med(lib, r, col.key)) : [col.get(lib)]);
const cell = (lib, col, against) => {
  const v = values(lib, col);
  if (v.some((x) => x === undefined || Number.isNaN(x))) return '–';
  const text = col.key ? `${v.map((x) => x.toFixed(0)).join(' / ')} ms` : col.fmt(v[0]);
  if (!against || lib === against) return text;
  const b = values(against, col);
  return `${text} (${v.map((x, i) => ratio(x, b[i])).join(' / ')})`;
};
const label = (l) => `${l.name} ${l.version}`;
const head = (first, cols) => `| ${first} | ${cols.map((c) => c.name).join(' | ')} |\n| --- | ${cols.map(() => '---').join(' | ')} |`;
const mainTable = [head('library', columns), ...TABLED.map((lib) => `| ${label(lib)} | ${columns.map((c) => cell(lib, c, floor)).join(' | ')} |`)].join('\n');
const ratioCell = (col, lib, peer) => {
  const v = values(lib, col);
  const b = values(peer, col);
  return v.some((x) => x === undefined) || b.some((x) => x === undefined) ? '–' : v.map((x, i) => ratio(x, b[i])).join(' / ');
};
const peerTable = [
  head('kz-auto-charts against', columns),
  ...PEERS.map((peer) => `| ${peer.name} | ${columns.map((c) => ratioCell(c, ours, peer)).join(' | ')} |`),
].join('\n');

const pct = (r) => `${r >= 1 ? '+' : '−'}${Math.abs((r - 1) * 100).toFixed(1)} %`;
const pairedRatios = (rate, key) => samples.sliced[rate][key].map((v, i) => v / samples.unsliced[rate][key][i]);
const spread = (xs) => `${pct(Math.min(...xs))} … ${pct(Math.max(...xs))}`;
const slicing = !paired
  ? `Not measured: ${unslicedNotice || 'ONLY left out the unsliced variant or its twin.'}`
  : `| 50 charts, all in view | real artefact (dist, sliced) | src bundle, sliced | src bundle, unsliced | slicing adds (median of ${RUNS} paired runs; lowest … highest) |
| --- | --- | --- | --- | --- |
${RATES.flatMap((r) => [['all drawn', 'fifty'], ['longest task', 'fiftyLongest'], ['long tasks summed', 'fiftyLong']].map(([what, key]) => {
  const ratios = pairedRatios(r, key).filter(Number.isFinite);
  const change = key === 'fifty' && ratios.length ? `${pct(median(ratios))} (${spread(ratios)})` : '';
  return `| ${what}, CPU ${r}× | ${med(ours, r, key).toFixed(0)} ms | ${med(srcSliced, r, key).toFixed(0)} ms | ${med(unsliced, r, key).toFixed(0)} ms | ${change} |`;
})).join('\n')}`;

const manyTable = `| library | in-view widgets redrawn, 1× / 4× | longest task, 1× / 4× | widgets redrawn (in view at the end), 1× / 4× |
| --- | --- | --- | --- |
${RESIZED.map((lib) => {
  const m = (key, digits = 0) => RATES.map((r) => med(lib, r, key).toFixed(digits)).join(' / ');
  return `| ${lib.name} | ${m('many')} ms | ${m('manyLongest')} ms | ${m('manyRedrew')} of 200 (${m('manyInView')}) |`;
}).join('\n')}`;

const versions = LIBS.flatMap((l) => [label(l), ...(l.also ?? []).map((p) => `${p} ${resolveVersion(p)}`)]);
const loadEnd = loadavg();
const la = (l) => l.map((x) => x.toFixed(2)).join(', ');
const report = `# Benchmark: one grouped bar chart, against a hand-written floor and four libraries

The chart of \`<kz-auto-yoy>\` (vehicle production by type, 2015 against 2016: three groups of two
bars, value labels, legend, title) 640 px wide. kz-auto-charts is its real built element,
\`<script type="module" src="dist/elements/kz-auto-yoy.js">\`, creating \`<kz-auto-yoy lang="en"
no-menu>\`: the element with its dataset, languages, notes, data table and keyboard access. The
floor (\`bench/charts/floor.js\`) is what a careful engineer would write by hand for this chart
alone: a Lit element with a d3 scale, sized by a ResizeObserver, no languages, menu or table.
The others draw the chart alone from their minimal bundle (\`bench/charts/*.js\`, bundled and
minified by esbuild). Each cell gives "CPU 1× / CPU 4×" and, in brackets, the ratio against the floor.

${mainTable}

## kz-auto-charts against each peer (ratios, 1× / 4×)

${peerTable}

## Time-sliced first draws on or off

The unsliced variant is \`bench/charts/ours.js\` bundled from src by esbuild with
\`src/controllers/draw-turns.ts\` given an endless slice (\`const SLICE_MS = Infinity;\`: the same
batched reads and draws, never a yield); its sliced twin is the same bundle without that replacement. The two
run back to back in each run, and "slicing adds" is the median of the per-run ratios, so load
that drifts between runs cancels out. Target: slicing grows the 50-chart total by at most 10 %,
with no task over 50 ms at 1× and none over 200 ms at 4×.

${slicing}

## Resize with 200 widgets on the page

Two hundred widgets in one column of an 800×900 window (most of them below the fold); the column
goes from 640 to 360 px. "in-view widgets redrawn": from the change to the frame after every
widget in the window has its plot at 360 px. "longest task": from the change until 0.5 s (1×) or
1.1 s (4×) after that. "widgets redrawn": plots whose width changed by then (kz-auto-charts redraws only widgets
near the viewport, the rest when they come near; the floor's ResizeObserver redraws all).

${manyTable}

## What the columns mean

Medians of ${RUNS} runs; in each run every library at each CPU rate once, in a shuffled order,
each in a fresh browser context. CPU 4×: \`Emulation.setCPUThrottlingRate {rate: 4}\` on the page
before it navigates, as Lighthouse's mobile run.

- gzip / min / brotli: every script the one-chart page downloads (response bodies, lazily
  imported chunks included, gzip level 9), summed; for kz-auto-charts the files under dist/:
  ${bytes.ours ? bytes.ours.files.join(', ') : '–'}; not the harness's 30-line glue.
- 1 chart drawn: navigation start to the frame after the chart is in the DOM (for the elements,
  \`updateComplete\` and then \`svg.plot\` present). kz-auto-charts loads as a module script
  (run after the document is parsed); the others, its src bundles included, as classic scripts.
- 50 charts drawn: the same with fifty containers on one page, all appended at once and all in
  view (a 21 000 px tall window, so lazy drawing cannot skip any).
- longest task / long tasks summed: PerformanceObserver \`longtask\` entries (over 50 ms, buffered)
  up to the moment all fifty are drawn; 0 = no task over 50 ms.
- scripting: Chromium's ScriptDuration for the one-chart page; JS heap: used heap after a garbage
  collection (1×). resize: from setting the container to 360 px to the frame after the chart has
  redrawn at that width (Chart.js and the elements redraw by themselves; Plot, ECharts and Vega are
  told to).

This is a benchmark, not a test: the numbers move with the machine's load; compare ratios
within one run of it, not absolute times across machines.

- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${type()} ${release()}; load average (1, 5, 15 min) ${la(loadStart)} at the start, ${la(loadEnd)} at the end
- Browser: ${browserVersion} (headless), Node ${process.version}
- Versions: ${versions.join(', ')}
- Date: ${new Date().toISOString().slice(0, 10)}; ${((Date.now() - started) / 60000).toFixed(1)} min for the runs above
`;
// 6. How the widgets behave embedded in an article (lazy drawing), from bench/embedding.js: at
// most five runs (each at both CPU rates), to keep a default run under a quarter of an hour.
log('embedding benchmark…');
const embedding = process.env.ONLY ? { status: 0, stdout: '(skipped: ONLY was set)' } : spawnSync(process.execPath, [new URL('embedding.js', here).pathname], { encoding: 'utf8', env: { ...process.env, RUNS: String(Math.min(RUNS, 5)) } });
const full = `${report}
## Embedded in an article

Widgets draw as they come near the viewport, so a long article pays only for what is in view
(compare the "50 charts" columns above, where all fifty are in view at once).

${embedding.status === 0 ? embedding.stdout.trim() : `(bench/embedding.js failed: ${embedding.stderr.trim().split('\n').pop()})`}
`;
writeFileSync(new URL('RESULTS.md', here), full);
console.log(full);
log(`total ${((Date.now() - started) / 60000).toFixed(1)} min`);
