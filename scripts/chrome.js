// Finds the system Chrome or Chromium. The tests never download a browser.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export const chromePath = candidates.find((p) => existsSync(p));

/** Flags without which headless Chromium stalls on machines with no network beyond a registry. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Run directly (`node scripts/chrome.js`): fail fast with one line when no browser is found.
if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist: point it at a Chrome/Chromium executable or unset it.`);
    process.exit(1);
  }
  if (!chromePath) {
    console.error(
      'No Chrome/Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
}
