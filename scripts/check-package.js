/**
 * `npm run lint:package`: checks the package as npm would ship it (after `npm run build`).
 *   1. packs it, then runs publint and attw on the tarball;
 *   2. checks custom-elements.json names files in the tarball and every CSS custom property the
 *      README documents, and that the editor data the README points at ships;
 *   3. installs the tarball as test/types/node_modules/kz-auto-charts and type-checks the
 *      fixtures in test/types and the README's framework snippets against it, under the
 *      tsconfig "types" lines the README gives, and the README's "In an app" block.
 * Any problem prints one line per problem and exits 1.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inAppBlock, readmeBlocks, svelteToTs, vueToTs } from './readme-snippets.js';

const bin = (name) => join('node_modules', '.bin', name);
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const problems = [];

if (!existsSync('dist/esm/index.js') || !existsSync('dist/frameworks/react.d.ts')) {
  console.error('lint:package: dist/ is missing or old; run `npm run build` first.');
  process.exit(1);
}

// 1. The tarball, as `npm publish` would make it (already built, so no prepack rebuild).
const work = mkdtempSync(join(tmpdir(), 'kz-package-'));
const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { encoding: 'utf8' }));
const tarball = join(work, filename);
run(bin('publint'), ['run', tarball, '--strict']);
// The CSS file is no module: attw would look for its types.
run(bin('attw'), [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './kz-auto-charts.css']);

execFileSync('tar', ['-xzf', tarball, '-C', work]);
const packed = join(work, 'package');

// 2. The manifest describes what ships.
const manifest = JSON.parse(readFileSync(join(packed, 'custom-elements.json'), 'utf8'));
const references = JSON.stringify(manifest.modules).matchAll(/"(?:path|module)":"([^"]+)"/g);
for (const [, file] of references) if (!existsSync(join(packed, file))) problems.push(`custom-elements.json names ${file}, which the package does not ship`);
const documented = new Set();
const readme = readFileSync('README.md', 'utf8');
// "`--kz-font-size-title` / `-text` / `-small`": the short forms continue the first name.
for (const [cell] of readme.matchAll(/^\| `--kz-[^|]*\|/gm)) {
  const names = [...cell.matchAll(/`(-[-a-z]+)`/g)].map((m) => m[1]);
  const first = names[0];
  for (const name of names) documented.add(name.startsWith('--') ? name : first.replace(/-[a-z]+$/, name));
}
const described = new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.cssProperties ?? []).map((p) => p.name));
if (documented.size < 10) problems.push(`README.md: found only ${documented.size} custom properties in its table`);
for (const name of documented) if (!described.has(name)) problems.push(`${name} is in the README but no element's @cssprop`);
for (const name of described) if (!documented.has(name)) problems.push(`${name} is an @cssprop but not in the README's table`);
const pkg = JSON.parse(readFileSync(join(packed, 'package.json'), 'utf8'));
if (!existsSync(join(packed, pkg['web-types']))) problems.push(`package.json "web-types" names ${pkg['web-types']}, which does not ship`);

// 3. Fixtures and README snippets against the packed package.
const types = 'test/types';
const installed = join(types, 'node_modules', 'kz-auto-charts');
rmSync(join(types, 'node_modules'), { recursive: true, force: true });
mkdirSync(join(types, 'node_modules'), { recursive: true });
cpSync(packed, installed, { recursive: true });
rmSync(work, { recursive: true, force: true });

const generated = join(types, 'readme');
rmSync(generated, { recursive: true, force: true });
mkdirSync(generated);
const { blocks, inline } = readmeBlocks(readme);
const snippets = { react: [], vue: [], svelte: [], none: [] };
let tsconfigTypes;
blocks.forEach(({ lang, code }, i) => {
  const name = `snippet-${i + 1}`;
  if (lang === 'json') {
    const json = JSON.parse(code);
    if (json.compilerOptions) tsconfigTypes = json.compilerOptions.types;
    for (const file of [...(json['html.customData'] ?? []), ...(json['css.customData'] ?? [])]) {
      if (!existsSync(join(types, file))) problems.push(`README: ${file} does not ship`);
    }
  } else if (lang === 'tsx') {
    writeFileSync(join(generated, `${name}.tsx`), code);
    snippets.react.push(`${name}.tsx`);
  } else if (lang === 'ts') {
    writeFileSync(join(generated, `${name}.ts`), code);
    snippets[code.includes('@vitejs/plugin-vue') ? 'vue' : 'react'].push(`${name}.ts`);
  } else if (lang === 'vue') {
    writeFileSync(join(generated, `${name}.ts`), vueToTs(code));
    snippets.vue.push(`${name}.ts`);
  } else if (lang === 'svelte') {
    writeFileSync(join(generated, `${name}.ts`), svelteToTs(code));
    snippets.svelte.push(`${name}.ts`);
  } else problems.push(`README: a \`${lang}\` block in the framework section that no check reads`);
});
inline.forEach((line, i) => {
  writeFileSync(join(generated, `inline-${i + 1}.tsx`), `${line}\nimport 'kz-auto-charts/kz-auto-yoy.js';\nexport const chart = <kz-auto-yoy lang="ru" mode="change" />;\n`);
  snippets.none.push(`inline-${i + 1}.tsx`);
});
writeFileSync(join(generated, 'in-an-app.ts'), inAppBlock(readme));
snippets.none.push('in-an-app.ts');
if (!tsconfigTypes) problems.push('README: the framework section gives no tsconfig "types" line');
const typesLine = (framework) => new RegExp(`"types": \\["kz-auto-charts/${framework}"\\]`).test(readme);
for (const framework of ['vue', 'svelte']) if (!typesLine(framework)) problems.push(`README: no "types": ["kz-auto-charts/${framework}"] line`);

const configs = {
  react: { types: tsconfigTypes ?? [], files: ['../react.tsx', ...snippets.react] },
  vue: { types: ['kz-auto-charts/vue'], files: ['../vue.ts', ...snippets.vue] },
  svelte: { types: ['kz-auto-charts/svelte'], files: ['../svelte.ts', ...snippets.svelte] },
  none: { types: [], files: snippets.none },
};
for (const [framework, { types: entries, files }] of Object.entries(configs)) {
  if (!files.length) continue;
  const config = join(generated, `tsconfig.${framework}.json`);
  writeFileSync(config, JSON.stringify({ extends: '../tsconfig.base.json', compilerOptions: { types: entries }, files }, null, 2));
  try {
    run(bin('tsc'), ['-p', config]);
  } catch {
    problems.push(`type errors in the ${framework} fixtures (${config})`);
  }
}
try {
  run(bin('tsc'), ['-p', join(types, 'tsconfig.json')]);
} catch {
  problems.push('type errors in the plain TypeScript fixtures (test/types/tsconfig.json)');
}

if (problems.length) {
  for (const p of problems) console.error(`lint:package: ${p}`);
  process.exit(1);
}
const counted = Object.values(configs).reduce((n, c) => n + c.files.length, 2);
console.log(`lint:package: publint and attw clean; manifest names shipped files and ${described.size} custom properties; ${counted} type fixtures pass.`);
