import { expect } from '@open-wc/testing';
import '../src/index.js';
import { facts } from '../src/data/lookup.js';
import { mountTag, nextRender, textsOutside } from './helpers.js';

/** The widgets added after the first two, each with the attributes it needs. */
const NEW_WIDGETS = [
  ['kz-dealer-sales', ''],
  ['kz-output-value', ''],
  ['kz-recovery', ''],
  ['kz-plants-map', ''],
  ['kz-brands', ''],
  ['kz-fact', 'fact="dealer-sales-2016"'],
] as const;

describe('every new widget', () => {
  for (const [tag, attrs] of NEW_WIDGETS) {
    it(`${tag} redraws to its column after a resize, and keeps its text inside`, async () => {
      const el = await mountTag(tag, `lang="kk" ${attrs}`, 960);
      el.parentElement!.style.width = '360px';
      await nextRender(el);
      const svg = el.shadowRoot!.querySelector('svg.plot')!;
      expect(Number(svg.getAttribute('width'))).to.equal(360);
      expect(el.getBoundingClientRect().width).to.equal(360);
      expect(textsOutside(el)).to.deep.equal([]);
    });
  }

  it('draws inside its reserved box at 360 and 960 px in each language (no shift after drawing)', async () => {
    for (const [tag, attrs] of [...NEW_WIDGETS, ['kz-fact', 'fact="dealer-sales-2016" compare="dealer-sales-2015"'] as const]) {
      for (const lang of ['kk', 'ru', 'en']) {
        for (const width of [360, 960]) {
          const el = await mountTag(tag, `lang="${lang}" ${attrs}`, width);
          const reserved = parseFloat(getComputedStyle(el, '::before').paddingTop);
          const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().height;
          expect(frame, `${tag} ${attrs} ${lang} ${width}`).to.be.at.most(reserved + 0.5);
          expect(el.getBoundingClientRect().height, `${tag} ${lang} ${width}`).to.be.closeTo(reserved, 0.5);
          el.parentElement!.remove();
        }
      }
    }
  });
});

it('kz-fact ids in the README are the dataset’s ids', async () => {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('<!-- facts:start -->'), readme.indexOf('<!-- facts:end -->'));
  const listed = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
  expect(listed).to.deep.equal(facts.map((f) => f.id));
});


