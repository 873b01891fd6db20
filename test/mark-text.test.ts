import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { LANGS } from '../src/i18n/index.js';
import { drawn, mountTag, texts, until } from './helpers.js';

/**
 * What a mark says, in its tooltip, its name and its announcement on focus: each thing once,
 * and no empty part. A year bar's label is its period, a fact card's series is its period, and a
 * fact without a period has no series of its own.
 */

const WIDGETS: [tag: string, attrs: string, data?: Record<string, unknown>[]][] = [
  ['kz-plant-share', ''],
  ['kz-output-value', ''],
  ['kz-auto-yoy', ''],
  ['kz-brands', ''],
  ['kz-fact', 'fact="production-2016"'],
  ['kz-fact', 'fact="times"', [{ id: 'times', label: 'Test times', value: 5, unit: 'times', source: 'Test source' }]],
];

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The phrases of a sentence, split where the widget joins its parts. */
const phrases = (s: string) => s.split(/, (?=\D)|: |\. /).map((p) => p.replace(/\.$/, '').trim());

describe('marks say each thing once', () => {
  for (const [tag, attrs, data] of WIDGETS) {
    for (const lang of LANGS) {
      it(`<${tag} ${attrs}>${data ? ' with own data' : ''}, ${lang}`, async () => {
        const el = await mountTag<LitElement & { data?: unknown }>(tag, `lang="${lang}" ${attrs}`);
        if (data) el.data = data;
        await until(() => drawn(el), `${tag} to draw`);
        const marks = [...el.shadowRoot!.querySelectorAll<SVGElement>('[data-mark]')];
        expect(marks.length).to.be.greaterThan(0);
        for (const mark of marks) {
          mark.focus();
          await el.updateComplete;
          const tip = texts(el, '.tooltip > *');
          const name = clean(mark.getAttribute('aria-label'));
          const said = clean(el.shadowRoot!.querySelector('.plot-area [role=status]')?.textContent);
          expect(tip.filter((p) => p === ''), `empty tooltip part in ${tip.join(' / ')}`).to.deep.equal([]);
          // The label, the series before the value, and the period: no two the same.
          const heads = [tip[0], ...(tip[1].includes(': ') ? [tip[1].split(': ')[0]] : []), ...tip.slice(2, -1)];
          expect(new Set(heads).size, `tooltip repeats: ${tip.join(' / ')}`).to.equal(heads.length);
          for (const s of [name, said]) {
            const p = phrases(s);
            expect(new Set(p).size, `repeats: ${s}`).to.equal(p.length);
            expect(p.filter((x) => x === ''), `empty part: ${s}`).to.deep.equal([]);
          }
        }
      });
    }
  }

  it('names a year bar, its value and its status, and nothing twice', async () => {
    const el = await mountTag('kz-plant-share', 'lang="en"');
    const mark = el.shadowRoot!.querySelector<SVGElement>('[data-mark="0"]')!;
    mark.focus();
    await el.updateComplete;
    expect(texts(el, '.tooltip > *')).to.deep.equal(['March 2015', 'Assembled in Kazakhstan: 11%', 'Reported in the source']);
    expect(clean(el.shadowRoot!.querySelector('.plot-area [role=status]')?.textContent)).to.equal(
      'March 2015, Assembled in Kazakhstan: 11%. Reported in the source.',
    );
  });
});
