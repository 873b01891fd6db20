import { expect } from '@open-wc/testing';
import '../src/index.js';
import { NBSP, mountTag, text, texts } from './helpers.js';

describe('<kz-recovery>', () => {
  it('shows the fall easing from −56% to −22%, and Asia Auto against the trend', async () => {
    const el = await mountTag('kz-recovery', 'lang="en"');
    expect(text(el, '.title')).to.equal('Vehicle production’s fall eased from 56% to 22% as 2016 went on');
    expect(text(el, '.headline')).to.equal('Asia Auto: 2,369 cars in July–November 2016, +44% on a year earlier');
    expect(texts(el, '.category')).to.deep.equal(['January–June 2016', 'January–November 2016', 'Asia Auto, July–November 2016']);
    expect(texts(el, 'svg.plot .value')).to.deep.equal(['−56%', '−22%', '+44%']);
    // The caveat kept with the first-half figure is shown with it.
    expect(texts(el, '.note')[0]).to.contain('The article gives no source for this figure');
  });

  it('speaks Kazakh', async () => {
    const el = await mountTag('kz-recovery', 'lang="kk"');
    expect(text(el, '.title')).to.equal(`2016${NBSP}жылы өндіріс құлдырауы 56-дан 22${NBSP}пайызға дейін бәсеңдеді`);
    expect(text(el, '.headline')).to.equal(`«Азия Авто»: 2016${NBSP}жылғы шілде–қарашада 2${NBSP}369${NBSP}автокөлік, бір жыл бұрынғыға қарағанда +44${NBSP}%`);
  });
});

