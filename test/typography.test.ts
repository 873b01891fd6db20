import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { LANGS } from '../src/i18n/index.js';
import { WIDGET_TAGS } from '../src/widgets/index.js';
import { mountTag, settled, until } from './helpers.js';
import { badBreak, lineBoxes } from './text-lines.js';
import { bundledFactData } from '../src/data/shapes/fact.js';

/**
 * Titles, headlines and notes as a reader on a phone sees them: the title in at most two lines
 * at 360 px, and no line break that parts a number from its unit or sign, in every language.
 */
const PHONE = 360;

/** The set-ups to read: each widget as bundled, and the fact card with every figure it holds. */
const SETUPS: [string, string][] = WIDGET_TAGS.flatMap((tag): [string, string][] =>
  tag === 'kz-fact' ? bundledFactData().facts.map((f) => [tag, `fact="${f.id}"`]) : [[tag, '']],
).concat([['kz-auto-yoy', 'mode="change"']]);

async function phone(tag: string, attrs: string) {
  const el = await mountTag<LitElement>(tag, attrs, PHONE);
  await until(() => settled(el), `<${tag} ${attrs}> to draw`);
  await el.updateComplete;
  return el;
}

describe('typography at 360 px', () => {
  for (const [tag, attrs] of SETUPS) {
    for (const lang of LANGS) {
      it(`<${tag} ${attrs}>, ${lang}: title in two lines at most, numbers kept with their units`, async () => {
        const el = await phone(tag, `lang="${lang}" ${attrs}`);
        expect(el.shadowRoot!.querySelector('.error'), 'drawn').to.equal(null);
        const root = el.shadowRoot!;
        const title = root.querySelector('.title')!;
        const lines = lineBoxes(title);
        // The same count from the box: its height over its line height.
        const style = getComputedStyle(title);
        const byHeight = Math.round(title.getBoundingClientRect().height / parseFloat(style.lineHeight));
        expect(byHeight, `title lines by height: ${lines.join(' | ')}`).to.equal(lines.length);
        expect(lines.length, `title at 360 px: ${lines.join(' | ')}`).to.be.at.most(2);
        expect(style.textWrap).to.contain('balance');
        const faults: string[] = [];
        for (const block of root.querySelectorAll('.title, .subtitle, .headline, .note, .source')) {
          const boxes = lineBoxes(block);
          boxes.forEach((line, i) => {
            const why = badBreak(boxes[i - 1], line);
            if (why) faults.push(`.${block.className}: ${why}`);
          });
        }
        expect(faults).to.deep.equal([]);
        // The headline adds a finding with its number; it never says the title's figure again.
        const headline = root.querySelector('.headline');
        if (headline) {
          const figures = (s: string) => s.match(/\d[\d\s\u00a0,.]*\d|\d/g)?.map((n) => n.replace(/[\s\u00a0]/g, '')) ?? [];
          const inTitle = new Set(figures(title.textContent!));
          const repeated = figures(headline.textContent!).filter((n) => inTitle.has(n) && !/^(19|20)\d\d$/.test(n));
          expect(repeated, `headline «${headline.textContent}» repeats the title «${title.textContent}»`).to.deep.equal([]);
        }
        for (const block of root.querySelectorAll('.subtitle, .headline, .note')) {
          expect(getComputedStyle(block).textWrap, block.className).to.contain('pretty');
        }
      });
    }
  }
});
