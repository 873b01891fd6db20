import { expect } from '@open-wc/testing';
import { estimateTextWidth, wrapText } from '../src/charts/text-width.js';

// Labels as the widgets print them, in each script: Cyrillic capitals, Kazakh letters, bold figures.
const LABELS = [
  '−56\u00a0%',
  '+44\u00a0%',
  '80\u00a0млрд теңге',
  'шамамен 18\u00a0мың адам',
  'Продажи официальных дилеров',
  'ЖШЩЮ Өскемен Қостанай',
  'Усть-Каменогорск',
  '10\u00a0125 единиц техники',
  'Passenger cars −24.5%',
  '38,800',
  'Asia Auto, July–November 2016',
];

/** What the browser draws for `text` in the machine's sans-serif fonts, the widest of them. */
function measured(text: string, size: number, bold: boolean): number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  let widest = 0;
  for (const family of ['sans-serif', 'system-ui', '"DejaVu Sans"', '"Liberation Sans"', 'Arial']) {
    ctx.font = `${bold ? 700 : 400} ${size}px ${family}`;
    widest = Math.max(widest, ctx.measureText(text).width);
  }
  return widest;
}

describe('text width estimate (labels are placed without measuring the DOM)', () => {
  for (const bold of [false, true]) {
    it(`is never narrower than the drawn text, and not wasteful (${bold ? 'bold' : 'regular'})`, () => {
      for (const text of LABELS) {
        const real = measured(text, 13, bold);
        const estimate = estimateTextWidth(text, 13, bold);
        expect(estimate, `${text}: estimate ${estimate} px, drawn ${real.toFixed(1)} px`).to.be.at.least(real);
        expect(estimate, `${text}: estimate ${estimate} px, drawn ${real.toFixed(1)} px`).to.be.below(real * 1.3 + 2);
      }
    });
  }

  it('breaks lines only at ordinary spaces, so a figure stays with its unit', () => {
    const lines = wrapText('шамамен 18\u00a0мың адам жұмыс істейді', 90, 13);
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.some((l) => l.includes('18\u00a0мың'))).to.equal(true);
    for (const l of lines) expect(estimateTextWidth(l, 13) <= 90 || !l.includes(' '), l).to.equal(true);
  });
});
