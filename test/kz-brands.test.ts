import { expect } from '@open-wc/testing';
import '../src/index.js';
import { mountTag, text, texts, textsOutside } from './helpers.js';

describe('<kz-brands>', () => {
  it('groups the seven brands by country, and fills the one whose plant the source names as a plan', async () => {
    const el = await mountTag('kz-brands', 'lang="en"');
    expect(text(el, '.title')).to.equal('Vehicles of 7 brands from 5 countries are among those assembled in Kazakhstan');
    expect(texts(el, '.category')).to.deep.equal(['South Korea', 'France', 'Czech Republic', 'Italy', 'Russia']);
    expect(texts(el, '.chip-label')).to.deep.equal(['Hyundai', 'KIA', 'SsangYong', 'Peugeot', 'Škoda', 'Iveco', 'Lada']);
    expect(texts(el, '.chip-label--strong')).to.deep.equal(['Lada']);
    const lada = el.shadowRoot!.querySelectorAll('svg.plot rect[data-mark]')[6]!;
    expect(lada.getAttribute('aria-label')).to.equal('Lada, Russia: Asia Auto said it would start assembling it');
  });

  it('writes the brands in Latin in Kazakh too, as the brands write them', async () => {
    const el = await mountTag('kz-brands', 'lang="kk"', 320);
    expect(texts(el, '.chip-label')).to.deep.equal(['Hyundai', 'KIA', 'SsangYong', 'Peugeot', 'Škoda', 'Iveco', 'Lada']);
    expect(textsOutside(el)).to.deep.equal([]);
  });
});

