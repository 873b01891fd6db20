import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { LANGS } from '../src/i18n/index.js';
import { mountTag, settled, storedDiff, texts, until } from './helpers.js';
import { readerText, SPACE_KEY } from './copy-reader.js';
import { VARIANTS, type Variant } from './copy-variants.js';

/**
 * The copy files (test/copy/<tag>.<lang>.txt): every text a reader meets in each widget, per
 * language, checked in, so a change to reader text shows up as a diff a copy editor reads.
 */

const WIDTH = 640;

const attributeText = (lang: string, attributes: Record<string, string>) =>
  [`lang="${lang}"`, ...Object.entries(attributes).map(([k, v]) => `${k}="${v}"`)].join(' ');

async function variantText(tag: string, lang: string, variant: Variant): Promise<string[]> {
  const attrs = attributeText(lang, variant.attributes);
  const el = await mountTag<LitElement & { data?: unknown }>(tag, attrs, WIDTH);
  if (variant.data) {
    el.data = variant.data;
    await el.updateComplete;
  }
  await until(() => settled(el), `<${tag} ${attrs}> to draw or say why not`);
  const heading = variant.data ? 'own data, set as the `data` property' : 'bundled data';
  const out = [`════ <${tag} ${attrs}> · ${heading} ════`, ''];
  if (variant.data) out.push('## Rows given', ...variant.data.map((r) => JSON.stringify(r)), '');
  // A set-up the widget refuses: what it says instead of the chart is copy too.
  if (el.shadowRoot!.querySelector('.error')) out.push('## Message instead of the chart', ...texts(el, '.error > *'), '');
  else out.push(...(await readerText(el)));
  el.parentElement!.remove();
  return out;
}

async function compareWithStored(name: string, actual: string) {
  const diff = await storedDiff(`/__copy__/${name}`, actual);
  if (!diff) return;
  const { line, stored: e, now: a } = diff;
  // The nearest variant heading above says which widget set-up changed.
  const variant = a.slice(0, line + 1).reverse().find((l) => l.startsWith('════')) ?? '';
  expect.fail(
    `test/copy/${name} differs at line ${line + 1}, in ${variant} (UPDATE_COPY=1 npm test to accept, then read the diff):\n` +
      `  stored: ${e[line] ?? '(end)'}\n  now:    ${a[line] ?? '(end)'}`,
  );
}

describe('copy files: every reader text of every widget, per language', () => {
  for (const [tag, variants] of Object.entries(VARIANTS)) {
    for (const lang of LANGS) {
      it(`${tag}, ${lang}`, async function () {
        this.timeout(120_000);
        const out = [
          `# ${tag} · ${lang}: every text a reader meets, widget by widget, in reading order.`,
          '# Written by test/copy.test.ts at a width of 640 px; accept a change with UPDATE_COPY=1 npm test.',
          '# Spaces made visible:',
          ...SPACE_KEY.map((k) => `#   ${k}`),
          '',
        ];
        for (const variant of variants) out.push(...(await variantText(tag, lang, variant)));
        await compareWithStored(`${tag}.${lang}.txt`, `${out.join('\n').trimEnd()}\n`);
      });
    }
  }
});
