import { expect } from '@open-wc/testing';
import '../src/index.js';
import { NBSP, mountTag, text, texts, textsOutside } from './helpers.js';

describe('<kz-dealer-sales>', () => {
  it('shows dealer sales falling faster than production, in English', async () => {
    const el = await mountTag('kz-dealer-sales', 'lang="en"');
    expect(text(el, '.title')).to.equal('Dealer car sales fell by 56% and passenger-car production fell by 24.5%');
    expect(texts(el, '.category')).to.deep.equal(['Sold by official dealers', 'Produced in Kazakhstan']);
    expect(texts(el, '.annotation')).to.deep.equal(['−56%', '−24.5%']);
    expect(texts(el, 'svg.plot .value')).to.deep.equal(['88.4 thousand', '38.8 thousand', '≈10,800', '8,157']);
    expect(texts(el, '.legend li')).to.deep.equal(['2015', '2015 (est.)', '2016']);
    expect(text(el, '.subtitle')).to.contain(`each series’ 2015 bar${NBSP}=${NBSP}100`);
    // Each pair against its own 2015 (= 100), so the rates are what the lengths compare: both
    // 2015 bars are as long, and production's 2016 bar is no stub beside 88.4 thousand.
    const widths = [...el.shadowRoot!.querySelectorAll('svg.plot rect[data-mark]')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).to.be.closeTo(widths[2]!, 0.5);
    expect(widths[1]! / widths[0]!).to.be.closeTo(0.44, 0.01);
    expect(widths[3]! / widths[2]!).to.be.closeTo(0.755, 0.01);
    // The estimate stays marked as one: hatched bar, and "≈" in its label.
    expect(el.shadowRoot!.querySelectorAll('svg.plot rect[data-mark]')[2]!.getAttribute('class')).to.contain('bar--estimate');
  });

  it('speaks Russian and Kazakh', async () => {
    const ru = await mountTag('kz-dealer-sales', 'lang="ru"');
    expect(text(ru, '.title')).to.equal(`Продажи легковых автомобилей упали на 56${NBSP}%, выпуск сократился на 24,5${NBSP}%`);
    expect(texts(ru, 'svg.plot .value')).to.deep.equal([`88,4${NBSP}тыс.`, `38,8${NBSP}тыс.`, `≈10${NBSP}800`, `8${NBSP}157`]);
    const kk = await mountTag('kz-dealer-sales', 'lang="kk"');
    expect(text(kk, '.title')).to.equal(`Жеңіл көлік сатылымы 56${NBSP}пайызға, өндірісі 24,5${NBSP}пайызға қысқарды`);
    expect(texts(kk, '.category')).to.deep.equal(['Ресми дилерлер сатқаны', 'Қазақстанда шығарылғаны']);
  });

  for (const width of [280, 320]) {
    it(`keeps labels apart and inside in Russian at ${width} px`, async () => {
      const el = await mountTag('kz-dealer-sales', 'lang="ru"', width);
      const boxes = [...el.shadowRoot!.querySelectorAll('svg.plot text')].map((t) => [t.textContent, t.getBoundingClientRect()] as const);
      expect(boxes).to.have.length(8);
      expect(textsOutside(el)).to.deep.equal([]);
      for (const [i, [a, ra]] of boxes.entries())
        for (const [b, rb] of boxes.slice(i + 1))
          expect(ra.right <= rb.left + 1 || rb.right <= ra.left + 1 || ra.bottom <= rb.top + 1 || rb.bottom <= ra.top + 1, `${a} / ${b}`).to.equal(true);
    });
  }
});

