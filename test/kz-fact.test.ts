import { expect } from '@open-wc/testing';
import '../src/index.js';
import { facts } from '../src/data/lookup.js';
import { NBSP, mountTag, plotTexts, text, texts, textsOutside } from './helpers.js';

describe('<kz-fact>', () => {
  it('shows a figure with its unit, period, change against another, and source', async () => {
    const el = await mountTag('kz-fact', 'lang="en" fact="dealer-sales-2016" compare="dealer-sales-2015"');
    expect(text(el, '.title')).to.equal('Passenger cars sold by official dealers');
    expect(text(el, '.subtitle')).to.equal('January–November 2016');
    expect(text(el, '.big-number')).to.equal('38.8 thousand cars');
    expect(texts(el, 'svg.plot .value')).to.deep.equal(['−56.1% compared with 88.4 thousand cars in January–November 2015']);
    expect(text(el, '.source')).to.equal('Source: Vremya Vostoka');
  });

  it('compares shares in percentage points, keeps the printed hedge, and signs a change', async () => {
    const share = await mountTag('kz-fact', 'lang="ru" fact="local-share-2016-03" compare="local-share-2015-03"');
    expect(text(share, '.big-number')).to.equal(`24${NBSP}%`);
    expect(text(share, 'svg.plot .value')).to.equal(`+13${NBSP}процентных пунктов к марту 2015${NBSP}года (11${NBSP}%)`);
    const hedged = await mountTag('kz-fact', 'lang="kk" fact="production-value-2015-usd"');
    expect(text(hedged, '.big-number')).to.equal(`80${NBSP}млрд${NBSP}доллар`);
    expect(text(hedged, '.note')).to.contain(`80${NBSP}млрд${NBSP}теңге деп те берілген`);
    const over = await mountTag('kz-fact', 'lang="kk" fact="production-2016-rounded"');
    expect(text(over, '.big-number')).to.equal(`10${NBSP}мыңнан астам автокөлік`);
    const change = await mountTag('kz-fact', 'lang="en" fact="asia-auto-change-jul-nov-2016"');
    expect(text(change, '.big-number')).to.equal('+44%');
  });

  it('says which fact is missing or why two cannot be compared', async () => {
    const none = await mountTag('kz-fact', 'lang="en"');
    expect(text(none, '.error p')).to.equal('Which figure? Set the fact attribute to a fact id, e.g. fact="dealer-sales-2016".');
    const unknown = await mountTag('kz-fact', 'lang="en" fact="sales-2099"');
    expect(text(unknown, '.error p')).to.equal(
      'No figure with the id "sales-2099". Ids look like: production-2016-rounded, production-2016, production-value-2016.',
    );
    const mismatch = await mountTag('kz-fact', 'lang="en" fact="dealer-sales-2016" compare="dealer-sales-change-2016"');
    expect(text(mismatch, '.error p')).to.equal(
      'Cannot compare dealer-sales-2016 (vehicles) with dealer-sales-change-2016 (percent): they must share a unit.',
    );
  });

  it('renders every fact of the dataset in every language at 320 px: no NaN, nothing outside the card', async () => {
    for (const lang of ['kk', 'ru', 'en']) {
      for (const fact of facts) {
        const el = await mountTag('kz-fact', `lang="${lang}" fact="${fact.id}"`, 320);
        const shown = [text(el, '.title'), text(el, '.subtitle'), ...plotTexts(el), text(el, '.source')].join(' | ');
        expect(shown, `${fact.id} ${lang}`).to.not.match(/NaN|undefined|Infinity|\[object/);
        expect(text(el, '.big-number'), `${fact.id} ${lang}`).to.not.equal('');
        expect(text(el, '.title'), `${fact.id} ${lang}`).to.equal(fact.label[lang as 'en']);
        expect(textsOutside(el), `${fact.id} ${lang}`).to.deep.equal([]);
        el.parentElement!.remove();
      }
    }
  });
});


describe('<kz-fact> unit beside the number', () => {
  it('sets the unit smaller than the number, so "10 125 единиц техники" is one big line at most', async () => {
    for (const width of [280, 360, 960]) {
      const el = await mountTag('kz-fact', 'lang="ru" fact="production-2016"', width);
      const number = el.shadowRoot!.querySelector('text.big-number:not(.big-number--words)')!;
      const units = [...el.shadowRoot!.querySelectorAll('.big-number__unit, .big-number--words')];
      expect(number.firstChild!.textContent, `${width}`).to.not.match(/единиц/);
      expect(units.map((u) => u.textContent!.trim()).join(' '), `${width}`).to.equal('единиц техники');
      const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      for (const u of units) expect(size(u), `${width}`).to.be.below(size(number) * 0.6);
      // The number keeps a single line: only one text in the big size.
      expect([...el.shadowRoot!.querySelectorAll('text.big-number')].filter((t) => size(t) === size(number)), `${width}`).to.have.length(1);
      el.parentElement!.remove();
    }
  });

  it('keeps the Kazakh employment card and every comparison inside the card from 280 to 1200 px', async () => {
    for (const width of [280, 360, 640, 1200]) {
      for (const lang of ['kk', 'ru', 'en']) {
        for (const attrs of ['fact="employment"', 'fact="dealer-sales-2016" compare="dealer-sales-2015"', 'fact="production-2016" compare="production-2015-est"']) {
          const el = await mountTag('kz-fact', `lang="${lang}" ${attrs}`, width);
          expect(textsOutside(el), `${attrs} ${lang} ${width}`).to.deep.equal([]);
          el.parentElement!.remove();
        }
      }
    }
  });
});
