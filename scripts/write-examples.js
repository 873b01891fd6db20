// Writes demo/data/<widget>.csv and .json: each widget's bundled data in its own schema, as a
// newsroom would host it for `src`. The demo, the stories and the docs point at these files;
// a test keeps them equal to what the widgets' download gives. Run after a data change:
//   npm run build && node scripts/write-examples.js
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderCsv, WIDGET_TAGS } from '../dist/esm/static.js';
import { parseCsv } from '../dist/esm/data.js';

const dir = new URL('../demo/data/', import.meta.url);
mkdirSync(dir, { recursive: true });
const attributes = { 'kz-fact': { fact: 'dealer-sales-2016', compare: 'dealer-sales-2015' } };
for (const tag of WIDGET_TAGS) {
  const csv = renderCsv({ tag, lang: 'en', attributes: attributes[tag] });
  writeFileSync(new URL(`${tag}.csv`, dir), csv);
  // JSON rows: numbers as numbers, empty cells left out.
  const rows = parseCsv(csv).rows.map((r) =>
    Object.fromEntries(
      Object.entries(r)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => [k, /^-?\d+(\.\d+)?(e\d+)?$/.test(v) && !/period|id/.test(k) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v]),
    ),
  );
  writeFileSync(new URL(`${tag}.json`, dir), `${JSON.stringify({ version: 1, rows }, null, 2)}\n`);
}
console.log(`demo/data: ${WIDGET_TAGS.length} widgets`);
