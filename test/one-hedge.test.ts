import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/elements/kz-fact.js';
import { LANGS } from '../src/i18n/index.js';
import { drawn, mountTag, texts, until } from './helpers.js';

/**
 * A figure the source hedged ("almost 1,000") that is also an estimate gets one hedge, the
 * source's words: "almost ≈1,000" says the same thing twice. Its status still says "estimate".
 */

const fact = { id: 'thousand', label: 'Test figure thousand', value: 1000, unit: 'vehicles', qualifier: 'almost', period_from: '2016-01', period_to: '2016-11', is_estimate: true, source: 'Test source' };
const WORD = { en: 'almost', ru: 'почти', kk: 'жуық' };
const STATUS = { en: /estimate/i, ru: /оценка/i, kk: /бағалау/i };

describe('<kz-fact>: one hedge for a hedged estimate', () => {
  for (const lang of LANGS) {
    it(`in ${lang}`, async () => {
      const el = await mountTag<LitElement & { data?: unknown }>('kz-fact', `lang="${lang}" fact="thousand"`);
      el.data = [fact];
      await until(() => drawn(el), 'the fact card');
      const root = el.shadowRoot!;
      const shown = [
        ...texts(el, 'svg.plot text'),
        ...texts(el, 'table td'),
        ...texts(el, '#summary, [id^=summary]'),
        root.querySelector('[data-mark]')!.getAttribute('aria-label') ?? '',
      ].join(' | ');
      expect(shown).to.contain(WORD[lang]);
      expect(shown).not.to.contain('≈');
      root.querySelector<SVGElement>('[data-mark]')!.focus();
      await el.updateComplete;
      const tip = texts(el, '.tooltip > *');
      expect(tip.join(' ')).not.to.contain('≈');
      expect(tip[tip.length - 1]).to.match(STATUS[lang]);
    });
  }
});
