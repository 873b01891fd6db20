import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { mountTag, until, drawn } from './helpers.js';

const reserved = (el: Element) => parseFloat(getComputedStyle(el, '::before').paddingTop);
const frames = (n: number) => new Promise<void>((r) => { const step = (i: number) => (i ? requestAnimationFrame(() => step(i - 1)) : r()); step(n); });

/** With its own data a widget reserves what it draws; a page can hold a box with --kz-height. */
describe('reserved height with own data', () => {
  it('fits the box to own data: no blank band under a short chart, no overflow under a tall one', async () => {
    for (const rows of [
      [{ period_from: '2016-03', share_percent: 24 }],
      Array.from({ length: 9 }, (_, i) => ({ period_from: `20${10 + i}-03`, share_percent: 10 + i })),
    ]) {
      const el = await mountTag<LitElement & { data?: unknown }>('kz-plant-share', 'lang="en"', 480);
      await until(() => drawn(el), 'drawn');
      const bundledBox = el.getBoundingClientRect().height;
      el.data = rows;
      await frames(4);
      const figure = el.shadowRoot!.querySelector('figure')!.getBoundingClientRect().height;
      expect(reserved(el), `${rows.length} row(s): the reserve is the drawing`).to.be.closeTo(figure, 1.5);
      expect(el.getBoundingClientRect().height).to.be.closeTo(figure, 1.5);
      if (rows.length === 1) expect(figure, 'one row is shorter than the bundled two').to.be.below(bundledBox);
      el.data = undefined;
      await frames(4);
      expect(el.getBoundingClientRect().height, 'back to the bundled reservation').to.be.closeTo(bundledBox, 1);
      el.parentElement!.remove();
    }
  });

  it('holds the height a page sets with --kz-height, with bundled or own data', async () => {
    const el = await mountTag<LitElement & { data?: unknown }>('kz-plant-share', 'lang="ru" style="--kz-height: 700px"', 480);
    await until(() => drawn(el), 'drawn');
    await frames(2);
    expect(el.getBoundingClientRect().height).to.be.closeTo(700, 1);
    el.data = [{ period_from: '2016-03', share_percent: 24 }];
    await frames(4);
    expect(el.getBoundingClientRect().height).to.be.closeTo(700, 1);
    el.parentElement!.remove();
  });
});
