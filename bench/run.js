// Benchmark: the same grouped bar chart (<kz-auto-yoy>'s data, 640×400, axes or labels, legend)
// drawn by kz-auto-charts and by Chart.js, Observable Plot, Apache ECharts and Vega-Lite
// (vega-embed), each from its minimal tree-shaken bundle. Headless Chromium, local server,
// runs interleaved in a shuffled order, medians. Writes bench/RESULTS.md and prints it.
//   npm run bench            (RUNS=7 by default)
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, type } from 'node:os';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromePath, chromeArgs } from '../scripts/chrome.js';
import { bundledYoyData } from '../dist/esm/data.js';

const here = new URL('.', import.meta.url);
const RUNS = Number(process.env.RUNS) || 7;
const LIBS = [
  { id: 'ours', name: 'kz-auto-charts', pkg: '../package.json' },
  { id: 'chartjs', name: 'Chart.js', pkg: 'node_modules/chart.js/package.json' },
  { id: 'plot', name: 'Observable Plot', pkg: 'node_modules/@observablehq/plot/package.json' },
  { id: 'echarts', name: 'Apache ECharts', pkg: 'node_modules/echarts/package.json' },
  { id: 'vega', name: 'Vega-Lite (vega-embed)', pkg: 'node_modules/vega-embed/package.json', also: ['vega', 'vega-lite'] },
];
const version = (path) => JSON.parse(readFileSync(new URL(path, here), 'utf8')).version;

// 1. Each library's bundle for this one chart, minified the same way.
mkdirSync(new URL('dist/', here), { recursive: true });
for (const lib of LIBS) {
  await build({
    entryPoints: [new URL(`charts/${lib.id}.js`, here).pathname],
    outfile: new URL(`dist/${lib.id}.js`, here).pathname,
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'bench',
    target: 'es2021',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const bytes = readFileSync(new URL(`dist/${lib.id}.js`, here));
  lib.bytes = { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

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

// 3. Pages: one chart, or fifty, each 640 px wide and 400 px tall.
const pageHtml = (lib, n) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
</script>
<script src="/${lib}.js"></script></head>
<body style="margin:0;font-family:system-ui,sans-serif">
${Array.from({ length: n }, () => '<div class="c" style="width:640px;min-height:400px"></div>').join('\n')}
<script>
  (async () => {
    const data = ${JSON.stringify(DATA)};
    window.__handles = [];
    for (const c of document.querySelectorAll('.c')) window.__handles.push(await bench.draw(c, data, { width: 640, height: 400 }));
    await new Promise(requestAnimationFrame);
    window.__drawn = performance.now();
  })();
</script></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const page = url.pathname.match(/^\/page\/(\w+)$/);
  if (page) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(page[1], Number(url.searchParams.get('n')) || 1));
  let body;
  try {
    body = readFileSync(new URL(`dist${url.pathname}`, here));
  } catch {
    return res.writeHead(404).end();
  }
  return res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body);
}).listen(0);
const base = `http://127.0.0.1:${server.address().port}`;

// 4. Runs, interleaved: every library once per run, in a new order each time.
const browser = await puppeteer.launch({ executablePath: chromePath, args: chromeArgs, headless: true });
const samples = Object.fromEntries(LIBS.map((l) => [l.id, { drawn: [], script: [], heap: [], fifty: [], fiftyLong: [], fiftyLongest: [], resize: [] }]));
const shuffle = (xs) => xs.map((x) => [Math.random(), x]).sort((a, b) => a[0] - b[0]).map(([, x]) => x);

async function measure(lib) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 800, height: 900 });
    const cdp = await page.createCDPSession();
    await page.goto(`${base}/page/${lib.id}?n=1`);
    await page.waitForFunction(() => window.__drawn > 0, { timeout: 30000 });
    const s = samples[lib.id];
    s.drawn.push(await page.evaluate(() => window.__drawn));
    // SHOTS=dir: a picture of each library's chart, to check they draw the same thing.
    if (process.env.SHOTS && s.drawn.length === 1) await page.screenshot({ path: `${process.env.SHOTS}/${lib.id}.png`, clip: { x: 0, y: 0, width: 660, height: 560 } });
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }))).metrics.map((m) => [m.name, m.value]));
    const m = await page.metrics();
    s.script.push((m.ScriptDuration ?? metrics.ScriptDuration) * 1000);
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

    // Fifty charts on one page, all in view (a tall window), so every library draws all fifty.
    const fifty = await context.newPage();
    await fifty.setViewport({ width: 800, height: 50 * 420 });
    await fifty.goto(`${base}/page/${lib.id}?n=50`);
    await fifty.waitForFunction(() => window.__drawn > 0, { timeout: 60000 });
    const f = await fifty.evaluate(() => ({ drawn: window.__drawn, long: window.__long }));
    s.fifty.push(f.drawn);
    s.fiftyLong.push(f.long.reduce((a, b) => a + b, 0));
    s.fiftyLongest.push(f.long.length ? Math.max(...f.long) : 0);
  } finally {
    await context.close();
  }
}

for (let run = 0; run < RUNS; run += 1) {
  for (const lib of shuffle(LIBS)) await measure(lib);
  process.stderr.write(`run ${run + 1}/${RUNS}\n`);
}
const browserVersion = await browser.version();
await browser.close();
server.close();

// 5. Medians and ratios to kz-auto-charts, as a table.
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ours = LIBS[0];
const cell = (value, base, unit, digits = 1) => {
  const text = `${value.toFixed(digits)}${unit}`;
  return base === undefined ? text : `${text} (${(value / base).toFixed(1)}×)`;
};
const columns = [
  ['min', (l) => l.bytes.min / 1000, ' KB'],
  ['gzip', (l) => l.bytes.gzip / 1000, ' KB'],
  ['brotli', (l) => l.bytes.brotli / 1000, ' KB'],
  ['navigation → chart drawn', (l) => median(samples[l.id].drawn), ' ms'],
  ['scripting', (l) => median(samples[l.id].script), ' ms'],
  ['JS heap', (l) => median(samples[l.id].heap), ' MB'],
  ['50 charts: all drawn', (l) => median(samples[l.id].fifty), ' ms', 0],
  ['50 charts: long tasks (sum / longest)', null],
  ['resize 640 → 360 px', (l) => median(samples[l.id].resize), ' ms'],
];
const rows = LIBS.map((lib) => {
  const cells = columns.map(([, get, unit, digits]) => {
    if (!get) return `${median(samples[lib.id].fiftyLong).toFixed(0)} / ${median(samples[lib.id].fiftyLongest).toFixed(0)} ms`;
    const v = get(lib);
    return lib === ours ? cell(v, undefined, unit, digits) : cell(v, get(ours), unit, digits);
  });
  return `| ${lib.name} ${version(lib.pkg)} | ${cells.join(' | ')} |`;
});
const versions = LIBS.flatMap((l) => [`${l.name} ${version(l.pkg)}`, ...(l.also ?? []).map((p) => `${p} ${version(`node_modules/${p}/package.json`)}`)]);
const report = `# Benchmark: one grouped bar chart, five libraries

The chart of \`<kz-auto-yoy>\` (vehicle production by type, 2015 against 2016: three groups of two
bars, value labels, legend) at 640×400 px, drawn from each library's minimal bundle for that
chart (\`bench/charts/*.js\`, bundled and minified by esbuild; ratios against kz-auto-charts in
brackets). kz-auto-charts's bundle is the element with its dataset, three languages, title,
notes, data table, keyboard access and download menu; the others draw the chart alone.

| library | ${columns.map(([name]) => name).join(' | ')} |
| --- | ${columns.map(() => '---').join(' | ')} |
${rows.join('\n')}

Medians of ${RUNS} runs, libraries interleaved in a shuffled order each run, each in a fresh
browser context. "navigation → chart drawn": from navigation start to the frame after the chart
is in the DOM. "scripting": Chromium's ScriptDuration for the page. "JS heap": used heap after a
garbage collection. "50 charts": a page with fifty of them, all in view. "resize": from setting the
container to 360 px to the frame after the chart has redrawn at that width (Chart.js and
kz-auto-charts redraw by themselves; Plot, ECharts and Vega are told to).

This is a benchmark, not a test: the numbers move with the machine's load; compare ratios
within one run of it, not absolute times across machines.

- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${type()} ${release()}
- Browser: ${browserVersion} (headless), Node ${process.version}
- Versions: ${versions.join(', ')}
- Date: ${new Date().toISOString().slice(0, 10)}
`;
// 6. How the widgets behave embedded in an article (lazy drawing), from bench/embedding.js.
process.stderr.write('embedding benchmark…\n');
const embedding = spawnSync(process.execPath, [new URL('embedding.js', here).pathname], { encoding: 'utf8', env: { ...process.env, RUNS: String(RUNS) } });
const full = `${report}
## Embedded in an article

Widgets draw as they come near the viewport, so a long article pays only for what is in view
(compare the "50 charts" column above, where all fifty are in view at once).

${embedding.status === 0 ? embedding.stdout.trim() : `(bench/embedding.js failed: ${embedding.stderr.trim().split('\n').pop()})`}
`;
writeFileSync(new URL('RESULTS.md', here), full);
console.log(full);
