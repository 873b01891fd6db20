import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/elements/kz-plants-map.js';
import { LANGS } from '../src/i18n/index.js';
import { drawn, mountTag, texts, until } from './helpers.js';

/**
 * The map speaks as a map: its own name says so, and each place's figures, which hold colons of
 * their own, are read as sentences, never run together with ":" or a mix of ", " and "; ".
 */

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const MAP = { en: /^Map with 2 places\. /, ru: /^Карта: 2 места\. /, kk: /^Карта, белгіленген орындар саны: 2\. / };

describe('<kz-plants-map> reads as a map, place by place', () => {
  for (const lang of LANGS) {
    it(`in ${lang}`, async () => {
      const el = await mountTag<LitElement>('kz-plants-map', `lang="${lang}"`);
      await until(() => drawn(el), 'the map');
      const root = el.shadowRoot!;
      expect(clean(root.querySelector('svg.plot')!.getAttribute('aria-label'))).to.match(MAP[lang]);
      const figure = root.querySelector('figure')!;
      const description = (figure.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => clean(root.getElementById(id)?.textContent))
        .join(' ');
      // A place's figures never hang off each other with a colon: "…(July–November 2016): Change…".
      expect(description).not.to.match(/\): \p{Lu}/u);
      expect(description).not.to.contain('; ');
      expect(description.endsWith('.')).to.equal(true);
      for (const mark of root.querySelectorAll<SVGElement>('[data-mark]')) {
        mark.focus();
        await el.updateComplete;
        const said = clean(root.querySelector('.plot-area [role=status]')?.textContent);
        const lines = texts(el, '.tooltip > span:not(.tooltip-status)').map(clean);
        expect(lines.length).to.be.greaterThan(0);
        // One separator only: each figure its own sentence, in the order the tooltip lists them.
        expect(said).not.to.contain('; ');
        expect(said).to.contain(lines.map((l) => `${l}. `).join(''));
        expect(said).not.to.match(/\): \p{Lu}/u);
      }
    });
  }
});
