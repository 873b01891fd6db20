import { expect } from '@open-wc/testing';
import '../src/index.js';
import { NBSP, mountTag, text, texts } from './helpers.js';

describe('<kz-output-value>', () => {
  it('draws two points as two bars, nothing between, with the ratio and the annotations', async () => {
    const el = await mountTag('kz-output-value', 'lang="en"');
    expect(text(el, '.title')).to.equal('The value of vehicle output rose fivefold from 2010 to 2015');
    expect(texts(el, '.category')).to.deep.equal(['2010', '2015']);
    expect(el.shadowRoot!.querySelectorAll('svg.plot rect[data-mark]').length).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('svg.plot path, svg.plot line:not(.baseline):not(.hatch-line)').length).to.equal(0);
    expect(text(el, '.annotation')).to.equal('×5');
    const notes = texts(el, '.note');
    expect(notes[0]).to.match(/^Also in the source: Average growth rate of the sector’s output: 62% \(2010–2015\)\. The article does not say how/);
    expect(notes[1]).to.equal('Also in the source: Size of the car market: $7.4 billion (2015).');
  });

  it('picks annotations by attribute, and names an unknown one', async () => {
    const el = await mountTag('kz-output-value', 'lang="ru" annotations="dollar-slip"');
    expect(texts(el, '.note')).to.have.length(1);
    expect(text(el, '.note')).to.contain(`80${NBSP}млрд${NBSP}долларов`);
    el.setAttribute('annotations', 'none');
    await el.updateComplete;
    expect(texts(el, '.note')).to.deep.equal([]);
    el.setAttribute('annotations', 'weather');
    await el.updateComplete;
    expect(texts(el, '.error p')).to.deep.equal([
      'Неизвестная аннотация «weather». Допустимо: average-growth, car-market, manufacturing-share, dollar-slip или none.',
    ]);
  });
});

