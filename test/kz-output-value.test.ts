import { expect } from '@open-wc/testing';
import '../src/index.js';
import { NBSP, mountTag, text, texts } from './helpers.js';

describe('<kz-output-value>', () => {
  it('draws two points as two bars, nothing between, with the ratio and the annotations', async () => {
    const el = await mountTag('kz-output-value', 'lang="en"');
    expect(text(el, '.title')).to.equal('The value of vehicle output rose fivefold from 2010 to 2015');
    expect(texts(el, '.category')).to.deep.equal(['2010', '2015 ×5']);
    expect(el.shadowRoot!.querySelectorAll('svg.plot rect[data-mark]').length).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('svg.plot path, svg.plot line:not(.baseline):not(.hatch-line)').length).to.equal(0);
    expect(text(el, '.annotation')).to.equal('×5');
    const notes = texts(el, '.note');
    expect(notes.slice(0, 2)).to.deep.equal([
      'Note: The article also gives this 2015 figure as 80 billion dollars; both cannot be right.',
      'Note: Values in tenge of each year, not adjusted for inflation.',
    ]);
    expect(notes[2]).to.match(/^Also in the source: Average growth rate of the sector’s output: 62% \(2010–2015\)\. The article’s figures do not agree/);
    expect(notes[3]).to.equal('Also in the source: Size of the car market: $7.4 billion (2015).');
  });

  it('puts the ratio beside the year it reaches, and keeps both bars as thick as each other', async () => {
    const el = await mountTag('kz-output-value', 'lang="kk"', 960);
    const group = el.shadowRoot!.querySelectorAll('.group')[1]!;
    const line = group.querySelector('.category')!.getBoundingClientRect();
    const ratio = group.querySelector('.annotation')!;
    expect(ratio.textContent).to.equal('×5');
    // On the year's own line, right after it, not at the far edge of the plot.
    expect(Math.abs(ratio.getBoundingClientRect().right - line.right)).to.be.below(1);
    expect(ratio.getBoundingClientRect().left - line.left).to.be.below(80);
    const heights = [...el.shadowRoot!.querySelectorAll('rect[data-mark]')].map((r) => Math.round(r.getBoundingClientRect().height));
    expect(heights[0]).to.equal(heights[1]);
    expect(heights[0]).to.be.within(14, 28);
    // The money label stays inside the widget.
    const host = el.getBoundingClientRect();
    for (const value of el.shadowRoot!.querySelectorAll('.value')) expect(value.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
  });

  it('picks annotations by attribute, and names an unknown one', async () => {
    const el = await mountTag('kz-output-value', 'lang="ru" annotations="dollar-slip"');
    // The dollar annotation states the conflict itself, so the note on it is not repeated.
    expect(texts(el, '.note')).to.have.length(2);
    expect(texts(el, '.note')[1]).to.contain(`80${NBSP}млрд${NBSP}долларов`);
    el.setAttribute('annotations', 'none');
    await el.updateComplete;
    expect(texts(el, '.note')).to.deep.equal([
      `Примечание. В статье этот же показатель за 2015 год назван и как «80${NBSP}млрд${NBSP}долларов»; оба значения не могут быть верными.`,
      'Примечание. В тенге соответствующего года, без поправки на инфляцию.',
    ]);
    el.setAttribute('annotations', 'weather');
    await el.updateComplete;
    expect(texts(el, '.error p')).to.deep.equal([
      'Неизвестная аннотация «weather». Допустимо: average-growth, car-market, manufacturing-share, dollar-slip или none.',
    ]);
  });
});

