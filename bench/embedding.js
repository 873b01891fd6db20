// Embedding benchmark: time to first chart on the demo article, and a page with 50 widgets
// (long tasks while loading and while scrolling through it), at CPU 1× and 4× (as Lighthouse's
// mobile run). Medians of several runs, served from this machine. Run: npm run build && npm run bench
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromeArgs } from '../scripts/chrome.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS) || 7;
const RATES = [1, 4];
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

const paragraph = '<p>Kazakhstan’s vehicle makers produced 10,125 vehicles in January–November 2016, 22% fewer than a year before; dealers sold 38.8 thousand passenger cars.</p>';
const kinds = ['<kz-auto-yoy lang="kk"></kz-auto-yoy>', '<kz-auto-yoy lang="ru" mode="change"></kz-auto-yoy>', '<kz-plant-share lang="en"></kz-plant-share>'];
const fifty = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script src="/dist/kz-auto-charts.js"></script></head><body style="max-width:680px;margin:auto;font-family:system-ui">
${Array.from({ length: 50 }, (_, i) => paragraph + kinds[i % kinds.length]).join('\n')}</body></html>`;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/fifty.html') return res.writeHead(200, { 'content-type': types['.html'] }).end(fifty);
  try {
    const file = normalize(join(root, path));
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0);
const base = `http://127.0.0.1:${server.address().port}`;

const observe = () => {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  window.__firstChart = 0;
  const poll = () => {
    if (!window.__firstChart && document.querySelector('kz-auto-yoy, kz-plant-share')?.shadowRoot?.querySelector('svg.plot')) {
      window.__firstChart = performance.now();
    }
    if (!window.__firstChart) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
};

const median = (xs) => {
  const finite = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return finite.length ? finite[Math.floor(finite.length / 2)] : NaN;
};
const browser = await puppeteer.launch({ executablePath: chromePath, args: chromeArgs, headless: true });
const results = Object.fromEntries(RATES.map((rate) => [rate, { demoFirstChart: [], demoFcp: [], fiftyLoadLongest: [], fiftyScrollLongest: [], fiftyDrawnAtLoad: [], fiftyLoad: [] }]));
for (let run = 0; run < RUNS; run += 1) for (const rate of run % 2 ? [...RATES].reverse() : RATES) {
  const result = results[rate];
  const page = await browser.newPage();
  await page.setViewport({ width: 960, height: 900 });
  // Set before navigating, so the page loads on the slowed CPU too.
  await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluateOnNewDocument(observe);
  await page.goto(`${base}/demo/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__firstChart > 0);
  const demo = await page.evaluate(() => ({
    first: window.__firstChart,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  result.demoFirstChart.push(demo.first);
  result.demoFcp.push(demo.fcp);

  await page.goto(`${base}/fifty.html`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 300 * rate));
  const load = await page.evaluate(() => ({
    longest: Math.max(0, ...window.__long),
    drawn: [...document.querySelectorAll('kz-auto-yoy, kz-plant-share')].filter((e) => e.shadowRoot?.querySelector('svg.plot')).length,
    load: performance.getEntriesByType('navigation')[0].loadEventEnd,
  }));
  await page.evaluate(() => (window.__long = []));
  // Scroll to the bottom in steps, as a reader would, letting each step render.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  await new Promise((r) => setTimeout(r, 300 * rate));
  const scroll = await page.evaluate(() => Math.max(0, ...window.__long));
  result.fiftyLoadLongest.push(load.longest);
  result.fiftyScrollLongest.push(scroll);
  result.fiftyDrawnAtLoad.push(load.drawn);
  result.fiftyLoad.push(load.load);
  await page.close();
}
await browser.close();
server.close();

const version = (await import('../package.json', { with: { type: 'json' } })).default.version;
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'not recorded');
const row = (what, key, show = ms) => `| ${what} | ${RATES.map((rate) => show(median(results[rate][key]))).join(' | ')} |`;
console.log(`kz-auto-charts ${version}, ${RUNS} runs at each CPU rate, medians (Chromium headless, 960×900 viewport)`);
console.log(`| measure | ${RATES.map((r) => `CPU ${r}×`).join(' | ')} |\n| --- | ${RATES.map(() => '---').join(' | ')} |`);
console.log(row('demo article: first contentful paint', 'demoFcp'));
console.log(row('demo article: first chart drawn (navigation start → plot in DOM)', 'demoFirstChart'));
console.log(row('50-widget page: load event', 'fiftyLoad'));
console.log(row('50-widget page: widgets drawn at load (the rest wait until near)', 'fiftyDrawnAtLoad', (n) => `${n} of 50`));
console.log(row('50-widget page: longest task while loading (0 = none over 50 ms)', 'fiftyLoadLongest'));
console.log(row('50-widget page: longest task while scrolling to the end', 'fiftyScrollLongest'));
