import { expect } from '@open-wc/testing';
import '../src/index.js';
import { NBSP, mountTag, text, texts } from './helpers.js';

describe('<kz-dealer-sales>', () => {
  it('shows dealer sales falling faster than production, in English', async () => {
    const el = await mountTag('kz-dealer-sales', 'lang="en"');
    expect(text(el, '.title')).to.equal('Dealer car sales fell by 56% and passenger-car production fell by 24.5%');
    expect(texts(el, '.category')).to.deep.equal(['Sold by official dealers', 'Produced in Kazakhstan']);
    expect(texts(el, '.annotation')).to.deep.equal(['−56%', '−24.5%']);
    expect(texts(el, 'svg.plot .value')).to.deep.equal(['88.4 thousand', '38.8 thousand', '≈10,800', '8,157']);
    expect(texts(el, '.legend li')).to.deep.equal(['2015', '2015 (est.)', '2016']);
    // Both pairs on one scale: 88.4 thousand is the longest bar, 8,157 the shortest.
    const widths = [...el.shadowRoot!.querySelectorAll('svg.plot rect[data-mark]')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).to.equal(Math.max(...widths));
    expect(widths[1]! / widths[0]!).to.be.closeTo(38.8 / 88.4, 0.01);
  });

  it('speaks Russian and Kazakh', async () => {
    const ru = await mountTag('kz-dealer-sales', 'lang="ru"');
    expect(text(ru, '.title')).to.equal(`Продажи легковых автомобилей упали на 56${NBSP}%, выпуск сократился на 24,5${NBSP}%`);
    expect(texts(ru, 'svg.plot .value')).to.deep.equal([`88,4${NBSP}тыс.`, `38,8${NBSP}тыс.`, `≈10${NBSP}800`, `8${NBSP}157`]);
    const kk = await mountTag('kz-dealer-sales', 'lang="kk"');
    expect(text(kk, '.title')).to.equal(`Жеңіл көлік сатылымы 56${NBSP}пайызға, өндірісі 24,5${NBSP}пайызға қысқарды`);
    expect(texts(kk, '.category')).to.deep.equal(['Ресми дилерлер сатқаны', 'Қазақстанда шығарылғаны']);
  });
});

