// Rewrites the generated tables of README.md (between <!-- name:start --> and <!-- name:end -->):
// the fact ids `<kz-fact>` takes, and each widget's data columns. Run after `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import * as data from '../dist/esm/data.js';

const readme = new URL('../README.md', import.meta.url);
let text = readFileSync(readme, 'utf8');
const replace = (name, body) => {
  const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!re.test(text)) throw new Error(`README.md has no <!-- ${name}:start --> marker`);
  // A function, not a string: "$&" or "$'" in a label would be read as a replacement pattern.
  text = text.replace(re, (_, start, end) => `${start}${body}\n${end}`);
};

const unit = (f) => ({ KZT: 'tenge', USD: 'US dollars' })[f.unit] ?? f.unit;
replace(
  'facts',
  ['| id | figure | unit | kind |', '| --- | --- | --- | --- |', ...data.facts.map((f) => `| \`${f.id}\` | ${f.label.en} | ${unit(f)} | ${f.kind === 'derived' ? (f.exact ? 'derived, exact' : 'derived, estimate') : f.kind}${f.note ? ', with a note' : ''} |`)].join('\n'),
);

const type = (t) => (typeof t === 'object' ? t.oneOf.map((v) => `\`${v}\``).join(' / ') : t);
const schemas = [data.yoySchema, data.shareSchema, data.dealerSalesSchema, data.outputValueSchema, data.recoverySchema, data.plantsMapSchema, data.brandsSchema, data.factSchema];
replace(
  'schemas',
  schemas
    .map((s) =>
      [
        `#### \`<${s.id.split('@')[0]}>\` — schema \`${s.id}\`, at most ${s.maxRows} rows`,
        '',
        '| column | type | required | holds |',
        '| --- | --- | --- | --- |',
        ...s.columns.map((c) => `| \`${c.name}\` | ${type(c.type)} | ${c.optional ? '' : 'yes'} | ${c.description.replace(/\|/g, '\\|')} |`),
      ].join('\n'),
    )
    .join('\n\n'),
);
writeFileSync(readme, text);
console.log('README.md tables updated');
