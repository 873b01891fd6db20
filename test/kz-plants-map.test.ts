import { expect } from '@open-wc/testing';
import '../src/index.js';
import { mountTag, plotTexts, text, texts, textsOutside } from './helpers.js';

describe('<kz-plants-map>', () => {
  it('puts Kostanay west of Oskemen and north of it, inside the country outline', async () => {
    const el = await mountTag('kz-plants-map', 'lang="en"', 960);
    const markers = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('svg.plot rect.marker[data-mark]')];
    expect(markers.map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Asia Auto, Oskemen (Ust-Kamenogorsk). Vehicles produced by the Asia Auto plant: 2,369 cars (July–November 2016). Change in Asia Auto output compared with a year earlier: +44% (July–November 2016)',
      'SaryarkaAvtoProm, Kostanay. Kostanay as a whole, not this plant alone. Vehicles assembled in Kostanay: 25 thousand vehicles (over the last six years). Global brands assembled in Kostanay: 7 brands (over the last six years). Estimated cost of building the Kostanay industrial zone: more than 2 billion tenge (when construction was announced)',
    ]);
    const [oskemen, kostanay] = markers.map((m) => m.getBBox());
    expect(kostanay!.x).to.be.lessThan(oskemen!.x);
    expect(kostanay!.y).to.be.lessThan(oskemen!.y);
    const land = el.shadowRoot!.querySelector<SVGPathElement>('svg.plot path.land')!;
    for (const m of [oskemen!, kostanay!]) {
      expect(land.isPointInFill(new DOMPoint(m.x + m.width / 2, m.y + m.height / 2)), 'marker on the land').to.equal(true);
    }
    expect(texts(el, '.entry .value')).to.deep.equal([
      'Vehicles produced by the Asia Auto plant: 2,369 cars (July–November 2016)',
      'Change in Asia Auto output compared with a year earlier: +44% (July–November 2016)',
      'Kostanay as a whole, not this plant alone:',
      'Vehicles assembled in Kostanay: 25 thousand vehicles (over the last six years)',
      'Global brands assembled in Kostanay: 7 brands (over the last six years)',
      'Estimated cost of building the Kostanay industrial zone: more than 2 billion tenge (when construction was',
      'announced)',
    ]);
    expect(textsOutside(el)).to.deep.equal([]);
  });

  it('wraps its figures inside the widget at 320 px, in Russian', async () => {
    const el = await mountTag('kz-plants-map', 'lang="ru"', 320);
    expect(textsOutside(el)).to.deep.equal([]);
    expect(text(el, '.entry .value')).to.match(/^Выпуск завода «Азия Авто»:/);
    expect(plotTexts(el)).to.include('Костанай');
  });
});

