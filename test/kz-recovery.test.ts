import { expect } from '@open-wc/testing';
import '../src/index.js';
import { NBSP, mountTag, text, texts, textsOutside } from './helpers.js';

describe('<kz-recovery>', () => {
  it('shows the fall easing from −56% to −22%, and Asia Auto against the trend', async () => {
    const el = await mountTag('kz-recovery', 'lang="en"');
    expect(text(el, '.title')).to.equal('Vehicle production’s fall eased from 56% to 22% as 2016 went on');
    expect(text(el, '.headline')).to.equal('Asia Auto: 2,369 cars in July–November 2016, +44% on a year earlier');
    // The two year-to-date figures overlap, so they stand under one heading as one comparison;
    // the plant is set apart under its own, named as one plant, with its own months.
    expect(texts(el, '.category')).to.deep.equal(['All producers, since the start of the year', 'Asia Auto, one plant']);
    expect(texts(el, 'svg.plot .period')).to.deep.equal(['January–June 2016', 'January–November 2016', 'July–November 2016']);
    expect(texts(el, 'svg.plot .value--down, svg.plot .value--up')).to.deep.equal(['−56%', '−22%', '+44%']);
    expect([...el.shadowRoot!.querySelectorAll('svg.plot .group')].map((g) => g.getAttribute('data-key'))).to.deep.equal(['sector', 'plant']);
    // The caveat kept with the first-half figure is shown with it.
    expect(texts(el, '.note')[0]).to.contain('The article gives no source for this figure');
  });

  it('speaks Kazakh', async () => {
    const el = await mountTag('kz-recovery', 'lang="kk"');
    expect(text(el, '.title')).to.equal(`2016${NBSP}жылы өндіріс құлдырауы 56-дан 22${NBSP}пайызға дейін бәсеңдеді`);
    expect(text(el, '.headline')).to.equal(`«Азия Авто»: 2016${NBSP}жылғы шілде–қарашада 2${NBSP}369${NBSP}автокөлік, бір жыл бұрынғыға қарағанда +44${NBSP}%`);
    expect(texts(el, '.category')).to.deep.equal(['Барлық өндірушілер, жыл басынан бері', '«Азия Авто», бір зауыт']);
  });

  for (const lang of ['kk', 'ru', 'en']) {
    it(`keeps every figure, −56 % and +44 % too, inside the plot at 280 px (${lang})`, async () => {
      const el = await mountTag('kz-recovery', `lang="${lang}"`, 280);
      expect(texts(el, 'svg.plot .value--down, svg.plot .value--up')).to.have.length(3);
      expect(textsOutside(el)).to.deep.equal([]);
    });
  }
});

