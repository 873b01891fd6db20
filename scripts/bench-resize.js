// Window resizes on a page of 200 mixed widgets: long tasks while the window is resized 50
// times (as when a reader drags its edge), then while scrolling to the end afterwards (where
// widgets left stale by the resizes catch up), medians of several runs. A measurement, not a
// test: the machine's load moves the numbers. Run: npm run build && node scripts/bench-resize.js
// (RUNS=5 by default).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromeArgs } from './chrome.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS) || 5;
const WIDGETS = 200;
const RESIZES = 50;

const kinds = [
  '<kz-auto-yoy lang="kk"></kz-auto-yoy>',
  '<kz-plant-share lang="en"></kz-plant-share>',
  '<kz-dealer-sales lang="ru"></kz-dealer-sales>',
  '<kz-output-value lang="en"></kz-output-value>',
  '<kz-recovery lang="kk"></kz-recovery>',
  '<kz-plants-map lang="ru"></kz-plants-map>',
  '<kz-brands lang="en"></kz-brands>',
  '<kz-fact lang="en" fact="production-2016" compare="production-2015-est"></kz-fact>',
];
const paragraph = '<p>Kazakhstan’s vehicle makers produced 10,125 vehicles in January–November 2016, 22% fewer than a year before.</p>';
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script src="/dist/kz-auto-charts.js"></script></head><body style="max-width:1100px;margin:auto;padding:0 16px;font-family:system-ui">
${Array.from({ length: WIDGETS }, (_, i) => paragraph + kinds[i % kinds.length]).join('\n')}</body></html>`;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/resize.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  const file = normalize(join(root, path));
  if (!file.startsWith(join(root, 'dist') + sep)) return res.writeHead(404).end();
  try {
    res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const observe = () => {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
};
const frames = (n) => `new Promise((r) => { let i = 0; const f = () => (++i >= ${n} ? r() : requestAnimationFrame(f)); requestAnimationFrame(f); })`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Scrolls to the end in steps of 600 px, two frames each, as a reader would. */
const scrollThrough = (tab) =>
  tab.evaluate(`(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await ${frames(2)}; }
  })()`);

/** Widgets whose plot is not drawn at the width their box now has. */
const staleCount = (tab) =>
  tab.evaluate(() =>
    [...document.querySelectorAll('body > [class], body > *')]
      .filter((e) => e.localName.startsWith('kz-'))
      .filter((e) => {
        const svg = e.shadowRoot?.querySelector('svg.plot');
        if (!svg) return true;
        const width = Math.max(260, Math.floor(e.getBoundingClientRect().width));
        return Math.abs(Number(svg.getAttribute('width')) - width) > 1;
      }).length,
  );

const browser = await puppeteer.launch({ executablePath: chromePath, args: chromeArgs, headless: true });
const results = { resizeCount: [], resizeLongest: [], resizeTotal: [], scrollCount: [], scrollLongest: [], staleAfterResize: [], staleAfterScroll: [] };
const widths = [960, 720, 1180, 560, 840, 1024, 640, 900, 480, 1100];
for (let run = 0; run < RUNS; run += 1) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1180, height: 900 });
  await tab.evaluateOnNewDocument(observe);
  await tab.goto(`${base}/resize.html`, { waitUntil: 'load' });
  // Every widget drawn once, as on a page a reader has read to the end, then back to the top.
  await scrollThrough(tab);
  await tab.evaluate(`window.scrollTo(0, 0); ${frames(3)}`);
  await sleep(500);
  await tab.evaluate(() => (window.__long = []));
  for (let i = 0; i < RESIZES; i += 1) {
    await tab.setViewport({ width: widths[i % widths.length], height: 900 });
    await sleep(40);
  }
  await tab.setViewport({ width: 800, height: 900 });
  await sleep(1500);
  const resize = await tab.evaluate(() => window.__long);
  results.staleAfterResize.push(await staleCount(tab));
  await tab.evaluate(() => (window.__long = []));
  await scrollThrough(tab);
  await sleep(1000);
  const scroll = await tab.evaluate(() => window.__long);
  results.staleAfterScroll.push(await staleCount(tab));
  results.resizeCount.push(resize.length);
  results.resizeLongest.push(Math.max(0, ...resize));
  results.resizeTotal.push(resize.reduce((a, b) => a + b, 0));
  results.scrollCount.push(scroll.length);
  results.scrollLongest.push(Math.max(0, ...scroll));
  console.error(`run ${run + 1}: resize ${resize.length} long tasks, longest ${Math.max(0, ...resize).toFixed(0)} ms; scroll ${scroll.length}, longest ${Math.max(0, ...scroll).toFixed(0)} ms`);
  await tab.close();
}
await browser.close();
server.close();

const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`${WIDGETS} widgets, ${RESIZES} resizes, ${RUNS} runs, medians (Chromium headless)`);
console.log('| measure | median | runs |\n| --- | --- | --- |');
const row = (label, xs, f = String) => console.log(`| ${label} | ${f(median(xs))} | ${xs.map((x) => f(x)).join(', ')} |`);
row('long tasks while resizing', results.resizeCount);
row('longest task while resizing', results.resizeLongest, ms);
row('time in long tasks while resizing', results.resizeTotal, ms);
row('widgets not at their width after resizing (stale, off-screen)', results.staleAfterResize);
row('long tasks while scrolling to the end afterwards', results.scrollCount);
row('longest task while scrolling afterwards', results.scrollLongest, ms);
row('widgets not at their width after scrolling to the end', results.staleAfterScroll);
