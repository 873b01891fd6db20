// Holds the ES module build to the promise package.json's `sideEffects` makes to bundlers: a file
// not listed there may be dropped when an app uses none of its exports, so it must register no
// element; and each dist/esm/kz-<tag>.js must register <tag> itself. A define() that slips into a
// shared chunk is what made production bundles of apps register nothing (issue 11).
// Runs in Node after the build: lit brings its own customElements registry there.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { sideEffects } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const globToRegExp = (glob) =>
  new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?|\*/g, (m) => (m === '*' ? '[^/]*' : '(?:.*/)?'))}$`);
const listed = sideEffects.map(globToRegExp);
const hasSideEffects = (file) => listed.some((re) => re.test(file));

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
const files = walk(join(root, 'dist/esm')).map((f) => relative(root, f)).sort();
const pure = files.filter((f) => !hasSideEffects(f));

await import('lit');
const registered = [];
const { define } = customElements;
customElements.define = function (name, ...rest) {
  registered.push(name);
  return define.call(this, name, ...rest);
};

const problems = [];
// Every file that may be dropped first: whatever registers now came from one of them.
for (const file of pure) await import(pathToFileURL(join(root, file)).href);
if (registered.length) problems.push(`${registered.join(', ')} registered by files not listed in sideEffects: ${pure.join(', ')}`);

for (const file of files.filter((f) => /^dist\/esm\/kz-[^/]+\.js$/.test(f))) {
  const tag = file.slice('dist/esm/'.length, -'.js'.length);
  registered.length = 0;
  await import(pathToFileURL(join(root, file)).href);
  if (!registered.includes(tag)) problems.push(`${file} does not register <${tag}> itself (its define() sits in a shared chunk)`);
  if (!hasSideEffects(file)) problems.push(`${file} registers <${tag}> but is not listed in package.json sideEffects`);
}

if (problems.length) {
  for (const p of problems) console.error(`sideEffects: ${p}`);
  process.exit(1);
}
console.log(`sideEffects: ${pure.length} files a bundler may drop register nothing; each kz-*.js registers its element.`);
