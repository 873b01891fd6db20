import { expect } from '@open-wc/testing';
import { palettes, type Theme } from '../src/styles/palette.js';
import { HATCH } from '../src/styles/marks.js';

// Machado, Oliveira & Fernandes (2009), full severity, applied to linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });

function lab([r, g, b]: number[]): number[] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference between two colours as seen with a colour-vision deficiency. */
function difference(a: string, b: string, matrix: number[][]): number {
  const simulate = (rgb: number[]) => matrix.map((row) => Math.min(1, Math.max(0, row.reduce((s, m, i) => s + m * rgb[i]!, 0))));
  const [la, lb] = [lab(simulate(linear(a))), lab(simulate(linear(b)))];
  return Math.hypot(...la.map((v, i) => v - lb[i]!));
}

/** Series that sit side by side in one chart and must stay apart. */
const PAIRS = [
  ['accent', 'estimate', '2016 bars against hatched 2015 estimates'],
  ['accent', 'rest', 'Kazakhstan-assembled part against the rest'],
  ['down', 'up', 'falls against rises'],
  ['accent', 'up', 'the accent against rises (today a blue accent beside a teal rise)'],
] as const;

/** WCAG relative luminance. */
const luminance = (hex: string) => {
  const [r, g, b] = linear(hex) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const contrast = (a: string, b: string) => ratio(luminance(a), luminance(b));

describe('palette under colour-vision deficiencies', () => {
  for (const theme of Object.keys(palettes) as Theme[]) {
    for (const [a, b, what] of PAIRS) {
      it(`${theme}: ${what} stay distinguishable`, () => {
        const colors = palettes[theme];
        for (const [name, matrix] of Object.entries(SIMULATIONS)) {
          // ΔE ≥ 20: clearly different at a glance, not just side by side.
          expect(difference(colors[a], colors[b], matrix), `${name}: ${colors[a]} vs ${colors[b]}`).to.be.at.least(20);
        }
      });
    }
  }

  it('the test can fail: the old dark-theme blue rise beside the blue accent is lost to deuteranopia', () => {
    expect(difference('#53b1fd', '#6ea8fe', SIMULATIONS.deuteranopia!)).to.be.below(20);
    expect(difference('#1570a6', '#1d4ed8', SIMULATIONS.tritanopia!)).to.be.below(20);
  });

  it('the test can fail: red against green is lost to deuteranopia', () => {
    expect(difference('#ff8a80', '#5fd37a', SIMULATIONS.deuteranopia!)).to.be.below(20);
  });
});

describe('palette: what each colour must carry on its page', () => {
  for (const theme of Object.keys(palettes) as Theme[]) {
    const c = palettes[theme];
    const page = c.surface;
    // An estimate is seen as the average of its hatching: a quarter line colour, the rest page.
    const ink = HATCH.line / HATCH.size;
    const estimateFill = (1 - ink) * luminance(page) + ink * luminance(c.estimate);

    it(`${theme}: rises and falls read as text and as marks`, () => {
      for (const name of ['up', 'down', 'accent'] as const) {
        expect(contrast(c[name], page), `${name} ${c[name]} on ${page}`).to.be.at.least(4.5);
      }
    });

    it(`${theme}: the compared-with grey is a visible fill, with text legible on it`, () => {
      expect(contrast(c.rest, page), `rest ${c.rest} on ${page}`).to.be.at.least(3);
      // The rest of a 100 % bar carries its percentage inside.
      expect(contrast(c.text, c.rest), `text on rest ${c.rest}`).to.be.at.least(4.5);
    });

    it(`${theme}: an estimate is lighter than a reported bar, and outlined at 3:1`, () => {
      const estimate = ratio(estimateFill, luminance(page));
      expect(estimate, 'estimate against the page').to.be.below(contrast(c.rest, page));
      expect(estimate, 'estimate against the page').to.be.below(contrast(c.accent, page));
      // Clearly lighter, not a near tie.
      expect(estimate, 'estimate against the page').to.be.below(contrast(c.rest, page) / 1.5);
      expect(contrast(c.outline, page), `outline ${c.outline}`).to.be.at.least(3);
    });

    it(`${theme}: printed in greys, accent, grey and estimate still differ in lightness`, () => {
      expect(contrast(c.accent, c.rest), 'accent against the grey').to.be.at.least(1.8);
      expect(ratio(estimateFill, luminance(c.rest)), 'estimate against the grey').to.be.at.least(1.8);
    });
  }

  it('the test can fail: the old dark grey vanished on the dark page, the old hatching was as heavy as the grey', () => {
    expect(contrast('#2b313a', '#111418')).to.be.below(3);
    // 2.5 px lines of #667085, half clipped at the tile's edge, beside a #e4e7ec reported bar.
    const old = (1 - 1.25 / 6) * 1 + (1.25 / 6) * luminance('#667085');
    expect(ratio(old, 1)).to.be.above(contrast('#e4e7ec', '#ffffff') / 1.5);
  });
});
