import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromePath, chromeArgs } from './scripts/chrome.js';
import { summaryReporter } from './scripts/summary-reporter.js';
import { defaultReporter } from '@web/test-runner';

const testArgs = ['--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];
const here = fileURLToPath(new URL('.', import.meta.url));
// The articles the dataset was read from live beside the project, not in it; tests that compare
// against them fetch /__sources__/<file> and skip with a notice when the folder is absent.
const sourcesDir = resolve(here, '../shared/sources');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames or resize observations.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath, args: [...chromeArgs, ...testArgs], headless: true } })],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021' }),
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
