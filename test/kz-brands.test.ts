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
    // The legend says both kinds of chip.
    expect(texts(el, '.legend li')).to.deep.equal(['Plant named in the source, as a plan', 'Plant not named in the source']);
  });

  it('uses the width: countries side by side at 960 px, a compact grid at 320 px', async () => {
    const rowsOf = (el: Element) => new Set([...el.shadowRoot!.querySelectorAll('svg.plot .category')].map((c) => Math.round(c.getBoundingClientRect().top))).size;
    const wide = await mountTag('kz-brands', 'lang="en"', 960);
    expect(rowsOf(wide)).to.equal(2);
    expect(wide.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect().height).to.be.below(120);
    const narrow = await mountTag('kz-brands', 'lang="ru"', 320);
    expect(rowsOf(narrow)).to.equal(5);
    expect(textsOutside(narrow)).to.deep.equal([]);
    // The country's name beside its chips on a phone, not on a line of its own.
    const korea = narrow.shadowRoot!.querySelector('svg.plot .category')!.getBoundingClientRect();
    const hyundai = narrow.shadowRoot!.querySelector('svg.plot .chip-label')!.getBoundingClientRect();
    expect(hyundai.left).to.be.above(korea.right);
    expect(Math.abs(hyundai.top - korea.top)).to.be.below(6);
  });

  it('writes the brands in Latin in Kazakh too, as the brands write them', async () => {
    const el = await mountTag('kz-brands', 'lang="kk"', 320);
    expect(texts(el, '.chip-label')).to.deep.equal(['Hyundai', 'KIA', 'SsangYong', 'Peugeot', 'Škoda', 'Iveco', 'Lada']);
    expect(textsOutside(el)).to.deep.equal([]);
  });
});

