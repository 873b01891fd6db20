// Checks the built files against size-budgets.json (gzip, level 9) and prints each with its
// ceiling and target. Exits 1 when a file is over its ceiling or has none; run after the build.
//   SIZE_BUDGET_SCALE=0.5 node scripts/check-size.js   scales every ceiling (to see it fail)
//   UPDATE_BUDGETS=1 node scripts/check-size.js         sets every ceiling to today's size (say why in the commit)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const root = new URL('..', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('size-budgets.json', root), 'utf8'));
const scale = Number(process.env.SIZE_BUDGET_SCALE ?? 1);
const files = ['dist/kz-auto-charts.js', ...readdirSync(new URL('dist/elements/', root)).filter((f) => f.endsWith('.js')).sort().map((f) => `dist/elements/${f}`)];
// What an element loads only on first use (the file makers, the reader of `src`): not in its
// budget, shown beside it.
const lazyDir = new URL('dist/elements/lazy/', root);
const lazyOf = (file) => {
  const tag = file.match(/elements\/(kz-[a-z-]+)\.js$/)?.[1];
  if (!tag) return '';
  const chunks = readdirSync(lazyDir).filter((f) => f.startsWith(`${tag}-`));
  return kb(chunks.reduce((sum, f) => sum + gzipSync(readFileSync(new URL(f, lazyDir)), { level: 9 }).length, 0));
};
const target = (file) => budgets.target[file] ?? budgets.target[file.replace(/[^/]+\.js$/, '*.js')];
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

let failed = 0;
const rows = files.map((file) => {
  const bytes = readFileSync(new URL(file, root));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const ceiling = budgets.ceiling[file] === undefined ? undefined : Math.round(budgets.ceiling[file] * scale);
  const over = ceiling === undefined || gzip > ceiling;
  if (over) failed += 1;
  return {
    file,
    min: kb(bytes.length),
    gzip: kb(gzip),
    brotli: kb(brotliCompressSync(bytes).length),
    'lazy, gzip': lazyOf(file),
    ceiling: ceiling === undefined ? 'none: add one to size-budgets.json' : kb(ceiling),
    target: target(file) ? kb(target(file)) : '',
    status: over ? 'OVER' : 'ok',
  };
});
if (process.env.UPDATE_BUDGETS) {
  for (const file of files) budgets.ceiling[file] = Math.ceil(gzipSync(readFileSync(new URL(file, root)), { level: 9 }).length / 100) * 100;
  writeFileSync(new URL('size-budgets.json', root), `${JSON.stringify(budgets, null, 2)}\n`);
  console.log('size-budgets.json: ceilings set to today’s sizes');
  process.exit(0);
}
console.table(rows);
if (failed) {
  console.error(`size budgets: ${failed} file(s) over their ceiling in size-budgets.json. Make it smaller, or raise the ceiling in the same change and say why.`);
  process.exit(1);
}
console.log(`size budgets: ${files.length} files within their ceilings`);
