// What each source module costs in a minified bundle: one element entry and the whole script
// tag, the ten biggest of each, with their share of the bundle. Sizes are bytes of minified
// output (esbuild's metafile); gzip is for the whole bundle only, as gzip does not split by module.
//   node scripts/module-costs.js [src/elements/kz-auto-yoy.ts]
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const entries = process.argv.slice(2).length ? process.argv.slice(2) : ['src/elements/kz-auto-yoy.ts', 'src/index.ts'];
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

for (const entry of entries) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    metafile: true,
    // Loaded on first use (export, reading `src`): not part of what the entry costs.
    splitting: true,
    outdir: 'out',
  });
  // The entry and the chunks it imports statically: what a page loads before the first draw.
  const outputs = result.metafile.outputs;
  const entryPath = Object.keys(outputs).find((p) => outputs[p].entryPoint);
  const loaded = new Set([entryPath]);
  for (const p of loaded) for (const i of outputs[p].imports) if (i.kind === 'import-statement' && outputs[i.path]) loaded.add(i.path);
  const sizes = new Map();
  let bytes = 0;
  let gzip = 0;
  for (const p of loaded) {
    bytes += outputs[p].bytes;
    const file = result.outputFiles.find((f) => f.path.endsWith(p.replace(/^out\//, '/')));
    gzip += gzipSync(file.contents, { level: 9 }).length;
    for (const [name, v] of Object.entries(outputs[p].inputs)) sizes.set(name, (sizes.get(name) ?? 0) + v.bytesInOutput);
  }
  const rows = [...sizes].map(([name, b]) => [name.replace(/^node_modules\//, ''), b]).sort((a, b) => b[1] - a[1]);
  const output = { bytes };
  console.log(`\n${entry}: ${kb(bytes)} min, ${kb(gzip)} gzip, before any lazy chunk`);
  console.log('| module | min | share |\n| --- | --- | --- |');
  for (const [name, bytes] of rows.slice(0, Number(process.env.TOP) || 10)) console.log(`| ${name} | ${kb(bytes)} | ${((bytes / output.bytes) * 100).toFixed(0)} % |`);
}
