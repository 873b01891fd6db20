import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/elements/kz-plant-share.js';
import '../src/elements/kz-auto-yoy.js';
import type { KzPlantShare } from '../src/elements/kz-plant-share.js';
import type { KzAutoYoy } from '../src/elements/kz-auto-yoy.js';
import { mount } from './helpers.js';

const frames = async (n: number) => {
  for (let i = 0; i < n; i += 1) await new Promise((r) => requestAnimationFrame(r));
};
const plotWidth = (el: Element) => el.shadowRoot?.querySelector('svg.plot')?.getAttribute('width') ?? null;

describe('window resize with widgets far from the viewport', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('redraws the widgets near the viewport, and the far ones only once they come near', async () => {
    // One widget at the top, one far below (beyond the margin where widgets start drawing).
    const near = await mount<KzAutoYoy>(
      html`<kz-auto-yoy lang="en"></kz-auto-yoy><div style="height: ${window.innerHeight * 6}px"></div><kz-plant-share lang="en"></kz-plant-share>`,
    );
    const wrapper = near.parentElement!;
    const far = wrapper.querySelector<KzPlantShare>('kz-plant-share')!;
    expect(plotWidth(far), 'far widget not drawn yet').to.equal(null);

    // The reader scrolls down to it and back: it is drawn, at the column's width.
    far.scrollIntoView();
    await frames(4);
    await far.updateComplete;
    expect(plotWidth(far)).to.equal('640');
    window.scrollTo(0, 0);
    await frames(4);

    // The window narrows the column: the widget on screen follows, the far one waits.
    wrapper.style.width = '400px';
    await frames(6);
    await near.updateComplete;
    expect(plotWidth(near), 'widget on screen').to.equal('400');
    expect(plotWidth(far), 'far widget, not redrawn yet').to.equal('640');

    // Scrolled near again, it catches up.
    far.scrollIntoView();
    await frames(6);
    await far.updateComplete;
    expect(plotWidth(far), 'far widget once near').to.equal('400');
  });

  it('redraws a far widget at the latest width after several resizes', async () => {
    const near = await mount<KzAutoYoy>(
      html`<kz-auto-yoy lang="ru"></kz-auto-yoy><div style="height: ${window.innerHeight * 6}px"></div><kz-auto-yoy lang="kk"></kz-auto-yoy>`,
    );
    const wrapper = near.parentElement!;
    const far = wrapper.querySelectorAll<KzAutoYoy>('kz-auto-yoy')[1]!;
    far.scrollIntoView();
    await frames(4);
    window.scrollTo(0, 0);
    await frames(4);
    const drawn = far.shadowRoot!.querySelector('svg.plot');
    for (const width of [500, 300, 560]) {
      wrapper.style.width = `${width}px`;
      await frames(3);
    }
    expect(plotWidth(near)).to.equal('560');
    expect(far.shadowRoot!.querySelector('svg.plot'), 'the far plot is the same node, untouched').to.equal(drawn);
    expect(plotWidth(far)).to.equal('640');
    far.scrollIntoView();
    await frames(6);
    await far.updateComplete;
    expect(plotWidth(far)).to.equal('560');
  });
});
