// The package as its users get it: packs it, installs the tarball into a fresh copy of
// test/consumers (Vite + TypeScript, React 19, Vue 3, esbuild, a plain script tag), type-checks
// and builds each app for production, serves it, and checks in Chromium that every element the
// app imports is defined and draws. Prints a table and `N passed, M failed`; exits 1 on a failure.
//   npm run test:consumers              CONSUMERS_PORT=8100 by default (one port per app from there)
//   KEEP_CONSUMERS=1 npm run test:consumers   leaves the work folder for a look
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromeArgs, chromePath } from './chrome.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const basePort = Number(process.env.CONSUMERS_PORT ?? 8100);
const ALL_TAGS = ['kz-auto-yoy', 'kz-plant-share', 'kz-dealer-sales', 'kz-output-value', 'kz-recovery', 'kz-plants-map', 'kz-brands', 'kz-fact'];
const KAZAKH = /[әіңғүұқөһ]/i;
const CYRILLIC = /[а-яё]/i;

/**
 * Each app: where its production build lands, which elements it imports (each must be defined
 * and draw), and texts a reader must find: in an element's shadow root (`tag`) or in the page
 * (`selector`). Elements it does not import must stay undefined: what a bundler may drop, it drops.
 * `download`: the element whose menu's CSV download the app handles through its framework's
 * binding of the `kz-export` event, writing the file name into `output`.
 */
const apps = [
  {
    name: 'vite-ts',
    label: 'Vite + TypeScript (strict)',
    typecheck: true,
    dist: 'vite-ts/dist',
    elements: ['kz-auto-yoy', 'kz-plant-share'],
    texts: [
      { selector: '#fact', text: /^8157 passenger cars/ },
      { tag: 'kz-plant-share', text: KAZAKH },
    ],
  },
  {
    name: 'react',
    label: 'React 19 + Vite (TSX)',
    typecheck: true,
    dist: 'react/dist',
    elements: ['kz-auto-yoy', 'kz-fact'],
    texts: [
      // Own rows given as the data property: +47.1 % is 12,000 against 8,157, in Russian.
      { tag: 'kz-auto-yoy', text: /47,1/ },
      { tag: 'kz-auto-yoy', text: CYRILLIC },
      { tag: 'kz-auto-yoy', text: /Own figures/ },
    ],
    download: { tag: 'kz-fact', output: '#saved' },
  },
  {
    name: 'vue',
    label: 'Vue 3 + Vite (SFC)',
    typecheck: true,
    dist: 'vue/dist',
    elements: ['kz-dealer-sales', 'kz-brands'],
    texts: [
      { tag: 'kz-dealer-sales', text: KAZAKH },
      { tag: 'kz-brands', text: /Chery/ },
      { tag: 'kz-brands', text: /^(?![\s\S]*Hyundai)/ },
    ],
    download: { tag: 'kz-brands', output: '#saved' },
  },
  {
    name: 'esbuild',
    label: 'esbuild --bundle --minify',
    typecheck: true,
    dist: 'esbuild/dist',
    js: ['main.js'],
    elements: ALL_TAGS,
    texts: [
      { tag: 'kz-auto-yoy', text: CYRILLIC },
      // `compare` set from code: against 88.4 thousand sold in 2015.
      { tag: 'kz-fact', text: /88,4/ },
    ],
    // `kz-auto-charts/data` alone must bring no element and no lit.
    files: [{ file: 'data-only.js', mustNotContain: /customElements|LitElement|lit-html/, label: 'data only' }],
  },
  {
    name: 'script-tag',
    label: 'Plain page, script tag',
    typecheck: false,
    dist: 'script-tag/dist',
    elements: ALL_TAGS,
    texts: [{ tag: 'kz-auto-yoy', text: KAZAKH }],
  },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const timings = [];
async function timed(label, fn) {
  const start = Date.now();
  try {
    return await fn();
  } finally {
    timings.push([label, Date.now() - start]);
  }
}

/** Runs a command; resolves with its exit code, its stdout and all its output (never rejects). */
function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (d) => ((output += d), (stdout += d)));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}`, stdout }));
    child.on('close', (code) => resolve({ code, output, stdout }));
  });
}

const tail = (text, lines = 12) => text.trim().split('\n').slice(-lines).join('\n');

function gzipSizeOf(dir, only) {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.js')) files.push(join(d, e.name));
    }
  };
  walk(dir);
  const counted = only ? files.filter((f) => only.includes(relative(dir, f).split(sep).join('/'))) : files;
  return counted.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
function serve(dir, port) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // The browser asks for one on its own; none of the apps has one.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    let file = join(dir, path);
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Runs in the page: which elements are defined, drawn, and which texts are there. */
async function inspect({ elements, absent, texts, download }) {
  const flat = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const drawn = (el) => {
    const r = el.shadowRoot;
    if (!r) return 'no shadow root';
    const error = r.querySelector('[part=error]');
    if (error) return `error: ${flat(error.textContent).slice(0, 160)}`;
    if (!r.querySelector('svg[part=chart]')) return 'no chart svg';
    if (!flat(r.querySelector('[part=title]')?.textContent)) return 'no title';
    return '';
  };
  const results = {};
  for (const tag of elements) {
    const el = document.querySelector(tag);
    if (!customElements.get(tag)) results[tag] = 'not defined';
    else if (!el) results[tag] = 'not in the page';
    else {
      // Widgets draw as they come near the viewport.
      el.scrollIntoView();
      const deadline = performance.now() + 15000;
      let problem = drawn(el);
      while (problem && !problem.startsWith('error') && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        problem = drawn(el);
      }
      results[tag] = problem;
    }
  }
  const waitFor = async (find) => {
    const deadline = performance.now() + 5000;
    while (!find() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return find();
  };
  let downloadProblem = '';
  if (download) {
    const shadow = document.querySelector(download.tag)?.shadowRoot;
    shadow?.querySelector('.menu-button')?.click();
    const csv = await waitFor(() => shadow?.querySelector('[data-action=csv]'));
    csv?.click();
    const name = await waitFor(() => /\.csv$/.test(flat(document.querySelector(download.output)?.textContent)));
    if (!name) downloadProblem = `<${download.tag}>'s CSV download did not reach the app's kz-export handler (${download.output} is "${flat(document.querySelector(download.output)?.textContent)}")`;
  }
  const wronglyDefined = absent.filter((tag) => customElements.get(tag));
  const missingTexts = texts
    .filter(({ tag, selector, source, flags }) => {
      const node = tag ? document.querySelector(tag)?.shadowRoot : document.querySelector(selector);
      return !new RegExp(source, flags).test(flat(node?.textContent));
    })
    .map(({ tag, selector, source }) => `${tag ? `<${tag}>` : selector} lacks /${source}/`);
  return { results, wronglyDefined, missingTexts: downloadProblem ? [...missingTexts, downloadProblem] : missingTexts };
}

async function main() {
  if (!chromePath) throw new Error('No Chrome/Chromium found: set CHROME_PATH.');
  const work = mkdtempSync(join(tmpdir(), 'kz-consumers-'));
  const started = Date.now();
  const rows = [];
  let browser;
  const servers = [];
  try {
    // 1. The tarball, exactly what `npm publish` would upload (the build runs first, as prepack does).
    await timed('build', async () => {
      const build = await run('npm', ['run', 'build'], root);
      if (build.code) throw new Error(`npm run build failed:\n${tail(build.output, 30)}`);
    });
    const tarball = await timed('pack', async () => {
      const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
      if (pack.code) throw new Error(`npm pack failed:\n${tail(pack.output)}`);
      return join(work, JSON.parse(pack.stdout)[0].filename);
    });

    // 2. A fresh copy of the apps with the tarball as a dependency, installed like any app's.
    const appsDir = join(work, 'consumers');
    cpSync(join(root, 'test/consumers'), appsDir, {
      recursive: true,
      filter: (src) => !/[\\/](node_modules|dist)$/.test(src),
    });
    const pkgFile = join(appsDir, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    pkg.dependencies = { ...pkg.dependencies, 'kz-auto-charts': `file:${tarball}` };
    writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
    await timed('install', async () => {
      const install = await run('npm', ['install', '--no-audit', '--no-fund'], appsDir);
      if (install.code) throw new Error(`npm install failed:\n${tail(install.output, 30)}`);
      const engine = install.output.split('\n').filter((l) => l.includes('EBADENGINE'));
      if (engine.length) throw new Error(`npm install warned about engines:\n${engine.join('\n')}`);
    });

    // 3. Each app: typecheck, production build.
    for (const app of apps) {
      const row = { app, problems: [], typecheck: 'n/a', build: '', gzip: '', drawn: '' };
      rows.push(row);
      if (app.typecheck) {
        const check = await timed(`typecheck ${app.name}`, () => run('npm', ['run', '--silent', `typecheck:${app.name}`], appsDir));
        const count = (check.output.match(/error TS\d+/g) ?? []).length;
        row.typecheck = check.code ? `FAIL (${count} error${count === 1 ? '' : 's'})` : 'ok';
        if (check.code) row.problems.push(`typecheck failed:\n${tail(check.output, 8)}`);
      }
      const build = await timed(`build ${app.name}`, () => run('npm', ['run', '--silent', `bundle:${app.name}`], appsDir));
      row.build = build.code ? 'FAIL' : 'ok';
      if (build.code) {
        row.problems.push(`build failed:\n${tail(build.output)}`);
        continue;
      }
      const dist = join(appsDir, app.dist);
      row.gzip = kb(gzipSizeOf(dist, app.js));
      for (const f of app.files ?? []) {
        const text = readFileSync(join(dist, f.file), 'utf8');
        row.extra = `${f.label}: ${kb(gzipSync(text, { level: 9 }).length)}`;
        if (f.mustNotContain.test(text)) row.problems.push(`${f.file} contains ${text.match(f.mustNotContain)[0]}`);
      }
    }

    // 4. Each built app in Chromium.
    const { chromium } = await import(pathToFileURL(join(appsDir, 'node_modules/playwright-core/index.mjs')).href);
    browser = await timed('browser start', () => chromium.launch({ executablePath: chromePath, args: chromeArgs }));
    for (const [i, row] of rows.entries()) {
      if (row.build !== 'ok') continue;
      const { app } = row;
      await timed(`browser ${app.name}`, async () => {
        const server = await serve(join(appsDir, app.dist), basePort + i);
        servers.push(server);
        const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
        const errors = [];
        page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
        page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(`console error: ${m.text()}`));
        page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} for ${r.url()}`));
        await page.goto(`http://127.0.0.1:${basePort + i}/`, { waitUntil: 'load' });
        const { results, wronglyDefined, missingTexts } = await page.evaluate(inspect, {
          elements: app.elements,
          absent: ALL_TAGS.filter((t) => !app.elements.includes(t)),
          texts: app.texts.map(({ tag, selector, text }) => ({ tag, selector, source: text.source, flags: text.flags })),
          download: app.download,
        });
        await page.close();
        const good = app.elements.filter((t) => !results[t]);
        row.drawn = `${good.length}/${app.elements.length}`;
        for (const [tag, problem] of Object.entries(results)) if (problem) row.problems.push(`<${tag}>: ${problem}`);
        for (const tag of wronglyDefined) row.problems.push(`<${tag}> is defined though the app does not import it`);
        row.problems.push(...missingTexts, ...errors);
      });
    }
  } finally {
    await browser?.close();
    for (const s of servers) s.close();
    if (process.env.KEEP_CONSUMERS) console.log(`work folder kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  // 5. The report.
  const table = [
    ['consumer', 'typecheck', 'build', 'app JS gzip', 'elements defined & drawn', 'result'],
    ...rows.map((r) => [
      r.app.label,
      r.typecheck,
      r.build,
      r.gzip + (r.extra ? ` (${r.extra})` : ''),
      r.drawn ? `${r.drawn}: ${r.app.elements.length === ALL_TAGS.length ? 'all' : r.app.elements.join(', ')}` : '',
      r.problems.length ? 'FAIL' : 'ok',
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  console.log(['', line(table[0]), line(widths.map((w) => '-'.repeat(w))), ...table.slice(1).map(line)].join('\n'));
  for (const r of rows) {
    for (const p of r.problems) console.log(`\n${r.app.label}: ${p}`);
  }
  console.log(`\ntimings: ${timings.map(([l, ms]) => `${l} ${seconds(ms)}`).join(', ')}; total ${seconds(Date.now() - started)}`);
  const failed = rows.filter((r) => r.problems.length).length;
  console.log(`consumers: ${rows.length - failed} passed, ${failed} failed`);
  return failed;
}

main().then(
  (failed) => process.exit(failed ? 1 : 0),
  (error) => {
    console.error(`consumers: ${error.message}`);
    console.log('consumers: 0 passed, 1 failed');
    process.exit(1);
  },
);
