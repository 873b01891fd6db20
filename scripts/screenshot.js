// Takes a PNG of a page in the system Chromium, after its widgets have rendered:
//   node scripts/screenshot.js <url> <out.png> [width=960] [height=auto]
// MEDIA='forced-colors:active,prefers-color-scheme:dark' emulates those media features.
import puppeteer from 'puppeteer-core';
import { chromePath, chromeArgs } from './chrome.js';

const [url, out, width = '960', height] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.js <url> <out.png> [width] [height]');
  process.exit(2);
}
const browser = await puppeteer.launch({ executablePath: chromePath, args: chromeArgs, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height ?? 800) });
  page.on('console', (m) => console.log(`[page ${m.type()}] ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && console.log(`[page ${r.status()}] ${r.url()}`));
  if (process.env.MEDIA) {
    const features = process.env.MEDIA.split(',').map((f) => {
      const [name, value] = f.split(':');
      return { name, value };
    });
    await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features });
  }
  await page.goto(url, { waitUntil: 'networkidle0' });
  // Storybook renders stories into #storybook-root after its own boot.
  await page.waitForFunction(
    () => [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('kz-') && e.shadowRoot?.childElementCount),
    { timeout: 15000 },
  );
  // Widgets draw as they come near the viewport: scroll through the page first.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    scrollTo(0, 0);
  });
  await page.screenshot({ path: out, fullPage: !height });
  console.log(out);
} finally {
  await browser.close();
}
