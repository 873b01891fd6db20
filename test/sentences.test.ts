import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { LANGS } from '../src/i18n/index.js';
import { mountTag, settled, until } from './helpers.js';
import { VARIANTS } from './copy-variants.js';

/**
 * The accessible description of every widget the copy files draw is read as prose: each
 * sentence ends with a full stop, and one that opens with a period or label («январь 2017: …»)
 * opens with a capital. Abbreviations (тыс., п. п.) are no sentence end, so only a word of four
 * letters or more, a digit, %, ) or » before ". " counts as one.
 */

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const LOWER_AFTER_END = /(?:\p{L}{4,}|[\d%)»])\. \p{Ll}/u;

async function described(tag: string, lang: string, attributes: Record<string, string>, data?: unknown) {
  const attrs = [`lang="${lang}"`, ...Object.entries(attributes).map(([k, v]) => `${k}="${v}"`)].join(' ');
  const el = await mountTag<LitElement & { data?: unknown }>(tag, attrs);
  if (data) el.data = data;
  await until(() => settled(el), `<${tag} ${attrs}>`);
  await el.updateComplete;
  const root = el.shadowRoot!;
  const figure = root.querySelector('figure');
  if (!figure) return { attrs, text: '' };
  const ids = (figure.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return { attrs, text: clean(ids.map((id) => root.getElementById(id)?.textContent).join(' ')), el };
}

describe('descriptions are sentences', () => {
  for (const [tag, variants] of Object.entries(VARIANTS)) {
    for (const lang of LANGS) {
      it(`${tag}, ${lang}`, async function () {
        this.timeout(120_000);
        for (const v of variants) {
          const { attrs, text, el } = await described(tag, lang, v.attributes, v.data);
          el?.parentElement?.remove();
          if (!text) continue;
          expect(text, `<${tag} ${attrs}>`).to.match(/[.!?]$/);
          expect(text, `<${tag} ${attrs}>`).not.to.match(LOWER_AFTER_END);
          expect(text, `<${tag} ${attrs}>`).not.to.match(/^\p{Ll}/u);
        }
      });
    }
  }

  it('an announcement that opens with a period opens with a capital', async () => {
    for (const lang of ['ru', 'kk']) {
      const el = await mountTag('kz-plant-share', `lang="${lang}"`);
      el.shadowRoot!.querySelector<SVGElement>('[data-mark="0"]')!.focus();
      await el.updateComplete;
      const said = clean(el.shadowRoot!.querySelector('.plot-area [role=status]')?.textContent);
      expect(said).to.match(/^\P{Ll}/u);
    }
  });
});
