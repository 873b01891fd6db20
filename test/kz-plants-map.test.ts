import { expect } from '@open-wc/testing';
import '../src/index.js';
import { mountTag, plotTexts, text, texts, textsOutside } from './helpers.js';

/** Pairs of map labels whose boxes overlap, as the reader sees them. */
function labelsApart(el: Element): string[] {
  const boxes = [...el.shadowRoot!.querySelectorAll('svg.plot text')].map((t) => ({ t: t.textContent ?? '', r: t.getBoundingClientRect() }));
  const out: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 1 && h > 1) out.push(`${a.t} / ${b.t}`);
    }),
  );
  return out;
}

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
    // Each plant labelled on the map with its city and one figure; the rest are in its tooltip and the table.
    expect(texts(el, '.place text')).to.deep.equal([
      'Oskemen',
      '2,369 cars',
      'July–November 2016',
      'Kostanay',
      '25 thousand vehicles',
      'over the last six years',
    ]);
    expect(el.shadowRoot!.querySelector('.marker-number, .entry'), 'no numbered key').to.equal(null);
    // Astana and Almaty for orientation: a dot and a name each, no figure and no data mark.
    expect(texts(el, '.reference-place text')).to.deep.equal(['Astana', 'Almaty']);
    expect(el.shadowRoot!.querySelectorAll('svg.plot [data-mark]').length).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('svg.plot circle.reference').length).to.equal(2);
    expect(labelsApart(el)).to.deep.equal([]);
    expect(textsOutside(el)).to.deep.equal([]);
  });

  for (const width of [280, 320, 360, 480]) {
    it(`keeps «Усть-Каменогорск» and «Костанай» apart and inside the widget at ${width} px, in Russian`, async () => {
      const el = await mountTag('kz-plants-map', 'lang="ru"', width);
      expect(textsOutside(el)).to.deep.equal([]);
      expect(plotTexts(el)).to.include('Костанай');
      expect(plotTexts(el)).to.include('Усть-Каменогорск');
      expect(text(el, '.place .place-figure')).to.match(/^2\s369\sавтомобилей$/);
      expect(labelsApart(el)).to.deep.equal([]);
    });
  }

  it('is no taller than 420 px at 960 px', async () => {
    for (const lang of ['en', 'ru', 'kk']) {
      const el = await mountTag('kz-plants-map', `lang="${lang}"`, 960);
      expect(el.getBoundingClientRect().height, lang).to.be.at.most(420);
    }
  });
});

