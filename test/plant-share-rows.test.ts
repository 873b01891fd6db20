import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/elements/kz-plant-share.js';
import type { KzPlantShare } from '../src/elements/kz-plant-share.js';
import { mount, text, texts } from './helpers.js';

/**
 * A newsroom's own share data with more than two rows, or rows a month apart, or a month against
 * a year: the count of bars, the span of the change, the periods in the subtitle and the table's
 * first column follow the rows given, not the bundled two March figures.
 */

const fourRows = [
  { period_from: '2017-01', share_percent: 1, source: 'Test source' },
  { period_from: '2017-02', share_percent: 2 },
  { period_from: '2017-03', share_percent: 5 },
  { period_from: '2017', share_percent: 21 },
];

async function draw(lang: string, data: Record<string, unknown>[]) {
  const el = await mount<KzPlantShare>(html`<kz-plant-share lang=${lang}></kz-plant-share>`);
  (el as unknown as { data: unknown }).data = data;
  await el.updateComplete;
  return el;
}

const description = (el: Element) => {
  const fig = el.shadowRoot!.querySelector('figure')!;
  return (fig.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
};

const EXPECT = {
  en: { bars: /^Four 100% bars\. /, year: /in a year/, header: 'Period', and: ' and ', months: '+4 percentage points in 2 months', years: 'Year' },
  ru: { bars: /^Четыре полосы по 100 %\. /, year: /за год/, header: 'Период', and: ' и ', months: '+4 процентных пункта за 2 месяца', years: 'Год' },
  kk: { bars: /^Жолақты диаграмма: төрт жолақ, әрқайсысы 100 пайыз\. /, year: /Бір жылда/, header: 'Кезең', and: ' және ', months: '2 айда +4 пайыздық пункт', years: 'Жыл' },
} as const;

describe('<kz-plant-share> with rows of its own', () => {
  for (const lang of ['en', 'ru', 'kk'] as const) {
    const x = EXPECT[lang];
    it(`counts the bars, names every period and claims no year it does not show, in ${lang}`, async () => {
      const el = await draw(lang, fourRows);
      const said = description(el).replace(/\u00a0/g, ' ');
      expect(said).to.match(x.bars);
      // Every period is in the description and the subtitle, not only the first and the last.
      const periods = texts(el, '.category');
      expect(periods).to.have.length(4);
      for (const p of periods) {
        expect(said).to.contain(p.replace(/\u00a0/g, ' '));
        expect(text(el, '.subtitle')).to.contain(p);
      }
      expect(text(el, '.subtitle')).to.contain(`${periods[2]}${x.and}${periods[3]}`);
      // January 2017 against the year 2017 is no year apart.
      expect(text(el, '.annotation')).not.to.match(x.year);
      expect(texts(el, 'thead th')[0]).to.equal(x.header);
    });

    it(`says the real span between two months, and "Year" over yearly rows, in ${lang}`, async () => {
      const months = await draw(lang, [
        { period_from: '2017-01', share_percent: 1, source: 'Test source' },
        { period_from: '2017-03', share_percent: 5 },
      ]);
      expect(text(months, '.annotation').replace(/\u00a0/g, ' ')).to.equal(x.months);
      const years = await draw(lang, [
        { period_from: '2015', share_percent: 1, source: 'Test source' },
        { period_from: '2016', share_percent: 5 },
      ]);
      expect(text(years, '.annotation')).to.match(x.year);
      expect(texts(years, 'thead th')[0]).to.equal(x.years);
    });
  }
});
