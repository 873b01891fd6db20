import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/elements/kz-fact.js';
import { LANGS } from '../src/i18n/index.js';
import { captureConsole, errorText, mountTag, settled, until } from './helpers.js';

/**
 * Two figures of one unit that no change can join: "+150% against 2 times" is nonsense, so the
 * card refuses, on screen and on the console, naming the figures, why, and what it accepts.
 */

const facts = [
  { id: 'times-2', label: 'Test times', value: 2, unit: 'times', period_from: '2017', source: 'Test source' },
  { id: 'times-5', label: 'Test times', value: 5, unit: 'times', source: 'Test source' },
  { id: 'range', label: 'Test range', value: 1, value_max: 2, unit: 'percent', qualifier: 'up-to', period_from: '2017', source: 'Test source' },
  { id: 'share', label: 'Test share', value: 5, unit: 'percent', period_from: '2016', source: 'Test source' },
  { id: 'none', label: 'Test none', value: 0, unit: 'vehicles', period_from: '2016', source: 'Test source' },
  { id: 'some', label: 'Test some', value: 5, unit: 'vehicles', period_from: '2017', source: 'Test source' },
];

const WHY = {
  en: { times: /“times” figures/, range: /range/, zero: /none is 0/, accepted: /percentages \(in points\)/ },
  ru: { times: /изменение кратности в процентах/, range: /диапазона/, zero: /none равен нулю/, accepted: /процентных пунктах/ },
  kk: { times: /«есе»/, range: /аралықтың/, zero: /none нөлге тең/, accepted: /пайыздық пунктпен/ },
} as const;

async function card(lang: string, fact: string, compare: string) {
  let el!: LitElement & { data?: unknown };
  const logged = await captureConsole(async () => {
    el = await mountTag<LitElement & { data?: unknown }>('kz-fact', `lang="${lang}" fact="${fact}" compare="${compare}"`);
    el.data = facts;
    await until(() => settled(el), 'the card');
    await el.updateComplete;
  });
  return { el, logged: logged.join(' ') };
}

describe('<kz-fact compare> refuses a change that means nothing', () => {
  for (const lang of LANGS) {
    it(`two multiples, a range, a zero base, in ${lang}`, async () => {
      for (const [fact, compare, why] of [
        ['times-5', 'times-2', 'times'],
        ['share', 'range', 'range'],
        ['some', 'none', 'zero'],
      ] as const) {
        const { el, logged } = await card(lang, fact, compare);
        expect(el.shadowRoot!.querySelector('svg.plot'), `${fact} vs ${compare} drawn`).to.equal(null);
        const said = errorText(el);
        expect(said).to.contain(fact).and.to.contain(compare);
        expect(said).to.match(WHY[lang][why]);
        expect(said).to.match(WHY[lang].accepted);
        // The console speaks to the page's developer, in English.
        expect(logged).to.contain(`Cannot compare ${fact} with ${compare}: `);
        expect(logged).to.match(WHY.en[why]);
        expect(said).not.to.match(/\+150/);
      }
    });
  }

  it('still compares two counts, and two percentages in points', async () => {
    const counts = await card('en', 'some', 'some');
    expect(counts.el.shadowRoot!.querySelector('svg.plot')).not.to.equal(null);
    const shares = await card('en', 'share', 'share');
    expect(shares.el.shadowRoot!.querySelector('svg.plot')).not.to.equal(null);
  });
});
