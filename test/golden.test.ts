import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { yoyFigure } from '../src/charts/yoy.js';
import { plantShareFigure } from '../src/charts/plant-share.js';
import { frame } from '../src/charts/frame.js';
import { bundledShareData, bundledYoyData } from '../src/data/widgets.js';
import { widgets } from '../src/widgets/index.js';
import { drawFigure, prepare } from '../src/widgets/draw.js';
import { getLocale, LANGS } from '../src/i18n/index.js';
import { storedDiff } from './helpers.js';

/** The plot as a standalone, stable SVG document: Lit's marker comments removed, one mark per line. */
function serialize(template: TemplateResult): string {
  const host = document.createElement('div');
  render(template, host);
  const plot = host.querySelector('svg.plot')!.cloneNode(true) as SVGSVGElement;
  plot.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `${plot.outerHTML
    .replace(/<!--[^>]*-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/></g, '>\n<')}\n`;
}

async function compareWithGolden(name: string, actual: string) {
  const diff = await storedDiff(`/__golden__/${name}.svg`, actual);
  if (!diff) return;
  // Say where, briefly: the whole documents would bury the change.
  const { line, stored: e, now: a } = diff;
  expect.fail(
    `${name}.svg differs from test/golden at line ${line + 1} (UPDATE_GOLDEN=1 npm test to accept):\n` +
      `  golden: ${e[line] ?? '(end)'}\n  now:    ${a[line] ?? '(end)'}`,
  );
}

describe('golden SVGs of each chart function, per language', () => {
  for (const lang of LANGS) {
    const locale = getLocale(lang);
    it(`grouped bars (kz-auto-yoy units), ${lang}`, async () => {
      await compareWithGolden(
        `yoy-units-${lang}`,
        serialize(frame(yoyFigure({ data: bundledYoyData(), mode: 'units', width: 640, locale }))),
      );
    });
    it(`diverging bars (kz-auto-yoy change), ${lang}`, async () => {
      await compareWithGolden(
        `yoy-change-${lang}`,
        serialize(frame(yoyFigure({ data: bundledYoyData(), mode: 'change', width: 640, locale }))),
      );
    });
    for (const [tag, attributes] of [
      ['kz-dealer-sales', {}],
      ['kz-output-value', {}],
      ['kz-recovery', {}],
      ['kz-plants-map', {}],
      ['kz-brands', {}],
      ['kz-fact', { fact: 'dealer-sales-2016', compare: 'dealer-sales-2015' }],
    ] as const) {
      it(`${tag}, ${lang}`, async () => {
        const widget = widgets[tag];
        const prepared = prepare(widget, attributes);
        if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
        await compareWithGolden(`${tag.slice(3)}-${lang}`, serialize(frame(drawFigure(widget, prepared, { width: 640, locale }, {}))));
      });
    }
    it(`100 % bars (kz-plant-share), ${lang}`, async () => {
      await compareWithGolden(
        `plant-share-${lang}`,
        serialize(frame(plantShareFigure({ data: bundledShareData(), width: 640, locale }))),
      );
    });
  }
});
