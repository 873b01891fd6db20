import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/elements/kz-auto-yoy.js';
import { LANGS } from '../src/i18n/index.js';
import { drawn, mountTag, text, texts, until } from './helpers.js';

/**
 * <kz-auto-yoy segments="buses"> draws buses only: its title, headline, summary and table speak
 * of what is drawn, not of a total the chart does not show. The change view draws the total as
 * a bar of its own, so it keeps it.
 */

const TOTAL = { en: '10,125', ru: '10\u00a0125', kk: '10\u00a0125' };
const BUSES = { en: 'Bus', ru: 'автобус', kk: 'Автобус' };
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, (m) => (m.includes('\u00a0') ? '\u00a0' : ' ')).trim();

async function widget(attrs: string) {
  const el = await mountTag<LitElement>('kz-auto-yoy', attrs);
  await until(() => drawn(el), 'the chart');
  return el;
}

const description = (el: Element) => {
  const root = el.shadowRoot!;
  const ids = (root.querySelector('figure')!.getAttribute('aria-describedby') ?? '').split(/\s+/);
  return clean(ids.map((id) => root.getElementById(id)?.textContent).join(' '));
};

describe('<kz-auto-yoy segments> says what it draws', () => {
  for (const lang of LANGS) {
    it(`units view of buses only, in ${lang}`, async () => {
      const el = await widget(`lang="${lang}" segments="buses"`);
      // A group's label line ends with its change; the table's row header is the type alone.
      const drawnGroups = texts(el, 'svg.plot .category').map((c) => c.replace(/ [−+]?[\d.,]+\u00a0?%$/, ''));
      expect(text(el, '.title')).to.contain(BUSES[lang]);
      expect(text(el, '.title')).to.match(/10[.,]8/);
      expect(text(el, '.title')).not.to.match(/22/);
      expect(el.shadowRoot!.querySelector('.headline')).to.equal(null);
      // One table row per drawn type, and no total the chart does not draw.
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => clean(r.querySelector('th, td')?.textContent));
      expect(rows).to.deep.equal(drawnGroups);
      expect(description(el)).not.to.contain(TOTAL[lang]);
      expect(description(el)).to.contain('174');
    });

    it(`all types still lead with the total, and the change view keeps its total bar, in ${lang}`, async () => {
      const all = await widget(`lang="${lang}"`);
      expect(text(all, '.headline')).to.contain(TOTAL[lang]);
      // Three types, the 363 vehicles in no named type, and the total.
      expect(texts(all, 'tbody tr')).to.have.length(5);
      const change = await widget(`lang="${lang}" mode="change" segments="buses"`);
      expect(texts(change, 'tbody tr')).to.have.length(2);
    });
  }
});
