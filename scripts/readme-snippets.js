/**
 * Turns the README's "Use with React / Vue / Svelte / Angular" section into TypeScript files
 * that tsc checks, so a snippet that stops compiling fails the build instead of a reader.
 * Vue and Svelte templates become typed object literals: each attribute of a `kz-*` tag is
 * checked against the framework's generated tag types exactly as the template passes it.
 */
import { readFileSync } from 'node:fs';

export const SECTION = '## Use with React / Vue / Svelte / Angular';

/** The code blocks of the section, with their language. */
export function readmeBlocks(readme = readFileSync('README.md', 'utf8')) {
  const start = readme.indexOf(`${SECTION}\n`);
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section`);
  const end = readme.indexOf('\n## ', start + SECTION.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
  const inline = [...section.matchAll(/`(import type \{\} from '[^']+';)`/g)].map((m) => m[1]);
  return { blocks, inline };
}

/** The TypeScript block under "**In an app**": the first code a reader of the package copies. */
export function inAppBlock(readme = readFileSync('README.md', 'utf8')) {
  const code = /\*\*In an app\*\*[^\n]*\n+```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (code === undefined) throw new Error('README.md has no ts block under "**In an app**"');
  return code;
}

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** `<kz-x a="1" :b="c" @d-e="f" g />` → the tag and its attributes as written. */
function tags(template) {
  // A `>` inside quotes or braces (an arrow function) does not end the tag.
  return [...template.matchAll(/<(kz-[a-z-]+)\b((?:[^>{"]|"[^"]*"|\{[^}]*\})*?)\/?>/g)].map((m) => ({
    tag: m[1],
    attributes: [...m[2].matchAll(/([:@]?[\w-]+)(?:=(?:"([^"]*)"|\{([^}]*(?:\{[^}]*\}[^}]*)*)\}))?/g)].map((a) => ({
      name: a[1],
      text: a[2],
      expression: a[3],
    })),
  }));
}

/** A Vue SFC: its `<script setup>`, then each kz-* tag's bindings as `GlobalComponents` props. */
export function vueToTs(sfc) {
  const script = /<script setup lang="ts">\n([\s\S]*?)<\/script>/.exec(sfc)?.[1];
  const template = /<template>([\s\S]*)<\/template>/.exec(sfc)?.[1];
  if (script === undefined || template === undefined) throw new Error('the Vue snippet needs <script setup lang="ts"> and <template>');
  const checks = tags(template).map(({ tag, attributes }, i) => {
    const props = attributes.map(({ name, text }) => {
      if (name.startsWith('@')) return `${JSON.stringify(`on${camel(`-${name.slice(1)}`)}`)}: ${text}`;
      if (name.startsWith(':')) return `${JSON.stringify(camel(name.slice(1)))}: (${text})`;
      return `${JSON.stringify(camel(name))}: ${text === undefined ? 'true' : JSON.stringify(text)}`;
    });
    return `const template${i}: PropsOf<GlobalComponents['${tag}']> = { ${props.join(', ')} };\nvoid template${i};`;
  });
  return `${script}
import type { GlobalComponents } from 'vue';
type PropsOf<C> = C extends new (...args: never[]) => { $props: infer P } ? P : never;
${checks.join('\n')}
`;
}

/** A Svelte component: its `<script lang="ts">`, then each kz-* tag's attributes as `SvelteHTMLElements` props. */
export function svelteToTs(component) {
  const script = /<script lang="ts">\n([\s\S]*?)<\/script>/.exec(component)?.[1];
  if (script === undefined) throw new Error('the Svelte snippet needs <script lang="ts">');
  const markup = component.slice(component.indexOf('</script>'));
  const checks = tags(markup).map(({ tag, attributes }, i) => {
    const props = attributes.map(({ name, text, expression }) => {
      const value = expression !== undefined ? `(${expression})` : text === undefined ? 'true' : JSON.stringify(text);
      return `${JSON.stringify(name)}: ${value}`;
    });
    return `const markup${i}: SvelteHTMLElements['${tag}'] = { ${props.join(', ')} };\nvoid markup${i};`;
  });
  return `${script}
import type { SvelteHTMLElements } from 'svelte/elements';
${checks.join('\n')}
`;
}
