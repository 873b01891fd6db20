// Measures each widget's natural height (no reserved box) at several widths in each language,
// to tune the reservation rules in src/styles/reserve.ts:  npm run build && node scripts/measure-heights.js
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromePath, chromeArgs } from './chrome.js';

const bundle = readFileSync(new URL('../dist/kz-auto-charts.js', import.meta.url), 'utf8');
const variants = (process.env.VARIANTS ?? 'kz-auto-yoy|kz-auto-yoy mode="change"|kz-plant-share|kz-dealer-sales|kz-output-value|kz-recovery|kz-plants-map|kz-brands|kz-fact fact="dealer-sales-2016"|kz-fact fact="dealer-sales-2016" compare="dealer-sales-2015"').split('|');
const widths = [280, 320, 360, 480, 640, 800, 960, 1200];
const browser = await puppeteer.launch({ executablePath: chromePath, args: chromeArgs, headless: true });
const page = await browser.newPage();
// Tall enough that every widget is near the viewport and draws (they draw lazily).
await page.setViewport({ width: 1300, height: 30000 });
const cells = variants.flatMap((v) =>
  ['kk', 'ru', 'en'].flatMap((lang) =>
    widths.flatMap((w) => [
      `<div style="width:${w}px"><${v} lang="${lang}" data-natural></${v.split(' ')[0]}></div>`,
      `<div style="width:${w}px"><${v} lang="${lang}" data-reserved></${v.split(' ')[0]}></div>`,
    ]),
  ),
);
await page.setContent(`<!doctype html><style>body{font-family:${process.env.FONT ?? 'system-ui,sans-serif'}}
  [data-natural]::before{padding-top:0!important}</style>${cells.join('')}`);
await page.addScriptTag({ content: bundle });
await new Promise((r) => setTimeout(r, 500));
const rows = await page.evaluate(() =>
  [...document.querySelectorAll('[data-natural]')].map((el) => ({
    boxed: Math.ceil(el.parentElement.nextElementSibling.firstElementChild.getBoundingClientRect().height),
    widget: el.localName + [...el.attributes].filter((a) => !['lang', 'data-natural'].includes(a.name)).map((a) => `[${a.name}=${a.value}]`).join(''),
    lang: el.getAttribute('lang'),
    width: el.getBoundingClientRect().width,
    height: Math.ceil(el.getBoundingClientRect().height),
    reserved: parseFloat(getComputedStyle(el, '::before').paddingTop) || 0,
  })),
);
await browser.close();
if (process.env.JSON) {
  console.log(JSON.stringify(rows));
  process.exit(0);
}
const table = {};
for (const r of rows) {
  const key = `${r.widget} ${r.lang}`;
  table[key] ??= {};
  table[key][r.width] = `${r.height}/${r.boxed}${r.height > r.boxed - 1 ? ' !' : ''}`;
}
console.log('natural height / height in its reserved box (px) by width; "!" = content fills or exceeds the box');
console.table(table);
