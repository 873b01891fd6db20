/**
 * Writes the type-only entries of the package from custom-elements.json, so a framework app
 * types every widget tag without declaring anything itself:
 *   dist/frameworks/react.d.ts   JSX.IntrinsicElements of 'react' (React 19)
 *   dist/frameworks/vue.d.ts     GlobalComponents of 'vue' (Vue 3)
 *   dist/frameworks/svelte.d.ts  SvelteHTMLElements of 'svelte/elements' (Svelte 5)
 *   dist/kz-auto-charts.d.ts     the script-tag bundle: registers every element
 * each with an empty JS module beside it, so both a tsconfig "types" entry and an import work.
 * Attribute and property types are looked up on the element classes (`KzAutoYoy['mode']`), so
 * the classes stay the one place a type is written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
/** Public fields a page never sets: the server renderer sets `staticWidth`. */
const INTERNAL_FIELDS = new Set(['staticWidth']);

const elements = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => {
      const file = /^dist\/esm\/(kz-[a-z-]+)\.js$/.exec(mod.path)?.[1];
      if (!file) throw new Error(`${d.tagName}: its module ${mod.path} is not a shipped element entry`);
      const attributes = (d.attributes ?? []).map((a) => ({ name: a.name, field: a.fieldName, description: a.description }));
      const withAttribute = new Set(attributes.map((a) => a.field));
      const properties = (d.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && !withAttribute.has(m.name) && !INTERNAL_FIELDS.has(m.name))
        .map((m) => ({ name: m.name, field: m.name, description: m.description }));
      const events = (d.events ?? []).map((e) => ({ name: e.name, description: e.description }));
      return { tag: d.tagName, className: d.name, types: `../types/elements/${file}.js`, summary: d.summary ?? d.description, attributes, properties, events };
    }),
);
if (!elements.length) throw new Error('custom-elements.json lists no elements');

const HEADER = '// Generated from custom-elements.json by scripts/write-type-entries.js; edit the elements, not this file.\n';
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const imports = () => elements.map((e) => `import type { ${e.className} } from '${e.types}';`).join('\n');
/** Markup writes numbers as text too: `src-timeout="5000"` is as good as `{5000}`. */
const ATTRIBUTE_VALUE = 'type AttributeValue<T> = T | (number extends T ? `${number}` : never);';
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/**
 * The props of one element. `naming` says how a framework spells an attribute and an event:
 * React and Svelte pass attributes as written and listen with `on<event-name>`; Vue takes
 * camelCase props and `on<EventName>` handlers.
 */
function props(e, naming) {
  const lines = [];
  for (const a of e.attributes) {
    const type = a.field ? `AttributeValue<${e.className}['${a.field}']>` : 'string';
    lines.push(doc(a.description, '  ') + `  ${key(naming.attribute(a))}?: ${type};`);
  }
  for (const p of e.properties) lines.push(doc(p.description, '  ') + `  ${key(p.name)}?: ${e.className}['${p.field}'];`);
  for (const ev of e.events) {
    lines.push(doc(ev.description, '  ') + `  ${key(naming.event(ev.name))}?: (event: HTMLElementEventMap['${ev.name}']) => void;`);
  }
  return lines.join('\n');
}

function entry(framework, { preamble, naming, propsName, augmentation }) {
  const interfaces = elements
    .map((e) => `${doc(`Attributes, properties and events of \`<${e.tag}>\` in ${framework}.`, '')}export interface ${propsName(e)} {\n${props(e, naming)}\n}`)
    .join('\n\n');
  return `${HEADER}${preamble}\n${imports()}\n\n${ATTRIBUTE_VALUE}\n\n${interfaces}\n\n${augmentation}\n`;
}

const tagLines = (indent, value) => elements.map((e) => `${doc(e.summary, indent)}${indent}'${e.tag}': ${value(e)};`).join('\n');

const asWritten = { attribute: (a) => a.name, event: (name) => `on${name}` };

const react = entry('React', {
  preamble: `// React 19 sets properties (\`data\`) and listens to custom events (\`onkz-export\`) on custom elements itself.\nimport type { DetailedHTMLProps, HTMLAttributes } from 'react';`,
  naming: asWritten,
  propsName: (e) => `${e.className}Props`,
  augmentation: `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${tagLines('      ', (e) => `DetailedHTMLProps<HTMLAttributes<${e.className}>, ${e.className}> & ${e.className}Props`)}\n    }\n  }\n}`,
});

const vue = entry('Vue', {
  preamble: `// Vue sets a known property (\`data\`) as a property on a custom element; the app's Vite config\n// marks kz-* tags as custom elements (compilerOptions.isCustomElement).\nimport type { DefineComponent } from 'vue';`,
  naming: { attribute: (a) => a.field ?? camel(a.name), event: (name) => `on${camel(`-${name}`)}` },
  propsName: (e) => `${e.className}Props`,
  augmentation: `declare module 'vue' {\n  interface GlobalComponents {\n${tagLines('    ', (e) => `DefineComponent<${e.className}Props>`)}\n  }\n}`,
});

const svelte = entry('Svelte', {
  preamble: `// Svelte 5 sets known properties (\`data\`) and listens to \`onkz-export\` on custom elements itself.\nimport type { HTMLAttributes } from 'svelte/elements';`,
  naming: asWritten,
  propsName: (e) => `${e.className}Attributes`,
  augmentation: `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${tagLines('    ', (e) => `HTMLAttributes<${e.className}> & ${e.className}Attributes`)}\n  }\n}`,
});

const EMPTY_JS = '// Types only: see the .d.ts file beside this one.\nexport {};\n';
mkdirSync('dist/frameworks', { recursive: true });
for (const [name, types] of Object.entries({ react, vue, svelte })) {
  writeFileSync(`dist/frameworks/${name}.d.ts`, types);
  writeFileSync(`dist/frameworks/${name}.js`, EMPTY_JS);
}

// The script-tag bundle defines every element and exposes the classes as `window.KzAutoCharts`.
writeFileSync(
  'dist/kz-auto-charts.d.ts',
  `${HEADER}import type * as Elements from './types/index.js';\n\ndeclare global {\n  /** The element classes, as the script-tag bundle exposes them. */\n  var KzAutoCharts: typeof Elements;\n}\n\nexport {};\n`,
);
console.log(`Type entries for ${elements.length} elements: dist/frameworks/{react,vue,svelte}.d.ts, dist/kz-auto-charts.d.ts`);
