import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/elements/kz-output-value.js';
import { afterColon } from '../src/i18n/sentence.js';
import { drawn, mountTag, text, texts, until } from './helpers.js';

/**
 * The output-value chart's notes and subtitle as Russian and Kazakh editors print them: lower
 * case after the prefix's colon, and the two years joined by "and", not a bare comma.
 */

const ALL = 'annotations="average-growth,car-market,manufacturing-share,dollar-slip"';
const CASES = {
  en: { prefix: 'Also in the source: ', first: /^\p{Lu}/u, years: 'Kazakhstan, 2010 and 2015' },
  ru: { prefix: 'Также в источнике. ', first: /^\p{Lu}/u, years: 'Казахстане, в 2010 и 2015' },
  kk: { prefix: 'Дереккөзде сондай-ақ: ', first: /^\p{Ll}/u, years: 'құны, 2010 және 2015' },
} as const;

describe('<kz-output-value> notes and subtitle', () => {
  for (const [lang, x] of Object.entries(CASES)) {
    it(`in ${lang}`, async () => {
      const el = await mountTag<LitElement>('kz-output-value', `lang="${lang}" ${ALL}`);
      await until(() => drawn(el), 'the chart');
      expect(text(el, '.subtitle')).to.contain(x.years);
      // The four annotations asked for, and the note on nominal tenge under the plain note prefix.
      const all = texts(el, '.note');
      expect(all).to.have.length(5);
      const notes = all.filter((n) => n.startsWith(x.prefix));
      expect(notes).to.have.length(4);
      for (const note of notes) {
        expect(note.startsWith(x.prefix), note).to.equal(true);
        expect(note.slice(x.prefix.length), note).to.match(x.first);
      }
    });
  }

  it('keeps the capital of a name after the colon', () => {
    expect(afterColon('Костанай собрал 25 тысяч машин.', 'ru')).to.equal('Костанай собрал 25 тысяч машин.');
    expect(afterColon('«Азия Авто»: +44 %.', 'ru')).to.equal('«Азия Авто»: +44 %.');
    expect(afterColon('KIA: 5.', 'kk')).to.equal('KIA: 5.');
    expect(afterColon('Объём авторынка: 7,4 млрд $.', 'ru')).to.equal('объём авторынка: 7,4 млрд $.');
  });
});
