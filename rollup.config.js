import { rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssTemplates } from './scripts/rollup/minify-css-templates.js';

// Chunk names carry a hash, so chunks of earlier builds would stay beside the new ones and be
// packed with them: each build starts from an empty dist/esm and dist/elements.
rmSync(new URL('dist/esm', import.meta.url), { recursive: true, force: true });
rmSync(new URL('dist/elements', import.meta.url), { recursive: true, force: true });

const target = 'es2021';

/** Per-element and data entries for npm; file names are the public import paths. */
const esmInputs = {
  index: 'src/index.ts',
  'kz-auto-yoy': 'src/elements/kz-auto-yoy.ts',
  'kz-plant-share': 'src/elements/kz-plant-share.ts',
  'kz-dealer-sales': 'src/elements/kz-dealer-sales.ts',
  'kz-output-value': 'src/elements/kz-output-value.ts',
  'kz-recovery': 'src/elements/kz-recovery.ts',
  'kz-plants-map': 'src/elements/kz-plants-map.ts',
  'kz-brands': 'src/elements/kz-brands.ts',
  'kz-fact': 'src/elements/kz-fact.ts',
  data: 'src/data/index.ts',
  reserve: 'src/styles/reserve.ts',
};

const elementTags = Object.keys(esmInputs).filter((name) => name.startsWith('kz-'));

const isDependency = (id) => /^(lit|@lit\/|@lit-labs\/|d3-)/.test(id);

const plugins = (esbuildOptions = {}) => [
  nodeResolve({ extensions: ['.ts', '.js'] }),
  minifyCssTemplates(),
  esbuild({ target, ...esbuildOptions }),
];
const minified = { minify: true, legalComments: 'none' };
// Module scripts are always read as UTF-8, so Cyrillic is written as itself, not as \u escapes
// (6 bytes a letter in place of 2). The classic script keeps the escapes: a page in another
// encoding (windows-1251 is common on Russian-language sites) reads it in that encoding.
const utf8 = { charset: 'utf8' };

export default [
  // One classic script that registers every element: <script src=".../kz-auto-charts.js">.
  {
    input: 'src/index.ts',
    // A classic script cannot load chunks of its own: what others load on first use is inside it.
    output: { file: 'dist/kz-auto-charts.js', format: 'iife', name: 'KzAutoCharts', inlineDynamicImports: true },
    plugins: plugins(minified),
  },
  // ES modules for bundlers: lit and d3 stay imports so an app shares one copy with its own.
  // Each kz-*.js keeps its element's define() call and package.json lists these files under
  // `sideEffects`; the shared chunks hold only classes, charts and data, so a bundler may drop
  // what an app does not use (scripts/check-side-effects.js holds the build to this).
  {
    input: esmInputs,
    external: isDependency,
    output: { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(utf8),
  },
  // Server rendering, apart from the entries above: it registers every element too, and sharing
  // chunks with them would move each define() out of its kz-*.js into a chunk. Its entry awaits
  // the renderers (src/static/entry.ts) so that a missing optional @lit-labs/ssr is one sentence,
  // which needs the renderers in a chunk of their own (dist/esm/static/) and top-level await,
  // which Node runs wherever it runs ES modules.
  {
    input: { static: 'src/static/entry.ts' },
    external: isDependency,
    output: { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'static/[name]-[hash].js' },
    plugins: plugins({ ...utf8, supported: { 'top-level-await': true } }),
  },
  // One element with everything it needs, minified: what a page pays for a single widget
  // (<script type="module" src=".../dist/elements/kz-fact.js">), and what the size budgets check.
  ...elementTags.map((tag) => ({
    input: esmInputs[tag],
    // The entry holds what it shares with its lazy chunks (they import it back), not a facade
    // over one big chunk.
    preserveEntrySignatures: 'allow-extension',
    // What it needs only on first use (the file makers, the reader of `src`) is in lazy/.
    output: { dir: 'dist/elements', format: 'es', entryFileNames: `${tag}.js`, chunkFileNames: `lazy/${tag}-[name]-[hash].js` },
    plugins: plugins({ ...minified, ...utf8 }),
  })),
];
