import { expect } from '@open-wc/testing';
import { reserveCss } from '../src/styles/reserve.js';
import { openFrame, page } from './helpers.js';

const fallback = '<table class="fallback"><caption>Vehicle production, January–November 2016</caption><tr><th>Passenger cars</th><td>8,157</td></tr></table>';

describe('loading', () => {
  it('draws a widget far below the fold only when it comes near, showing its fallback until then', async () => {
    const { frame, doc, frames } = await openFrame(
      page(`
      <kz-auto-yoy id="near"></kz-auto-yoy>
      <div style="height:4000px"></div>
      <kz-auto-yoy id="far">${fallback}</kz-auto-yoy>
      <script src="/dist/kz-auto-charts.js"></script>`),
      { width: 640, height: 600 },
    );
    try {
      await frames(3);
      const near = doc.getElementById('near')!;
      const far = doc.getElementById('far')!;
      expect(near.shadowRoot!.querySelector('svg.plot')).to.not.equal(null);
      expect(far.shadowRoot!.querySelector('svg.plot')).to.equal(null);
      // Its fallback table is what a reader (or a screen reader) finds there meanwhile.
      const table = far.querySelector('table')!;
      expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
      far.scrollIntoView();
      await frames(4);
      expect(far.shadowRoot!.querySelector('svg.plot')).to.not.equal(null);
      expect(table.getClientRects().length).to.equal(0);
    } finally {
      frame.remove();
    }
  });

  it('draws every widget before the page is printed', async () => {
    const { frame, win, doc, frames } = await openFrame(
      page(`<div style="height:5000px"></div><kz-plant-share id="far"></kz-plant-share>
        <script src="/dist/kz-auto-charts.js"></script>`),
      { width: 640, height: 600 },
    );
    try {
      await frames(2);
      const far = doc.getElementById('far')!;
      expect(far.shadowRoot!.querySelector('svg.plot')).to.equal(null);
      win.dispatchEvent(new win.Event('beforeprint'));
      await (far as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(far.shadowRoot!.querySelector('svg.plot')).to.not.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('shows the light-DOM fallback in the reserved box where scripts are off', async () => {
    const { frame, doc } = await openFrame(
      page(
        `<p>Before</p><kz-auto-yoy>${fallback}</kz-auto-yoy><p id="after">After</p>
       <script src="/dist/kz-auto-charts.js"></script>`,
        { head: `<style>${reserveCss()}</style>` },
      ),
      { width: 640, height: 600, scripts: false },
    );
    try {
      const el = doc.querySelector('kz-auto-yoy')!;
      expect(el.shadowRoot).to.equal(null);
      const table = el.querySelector('table')!;
      expect(table.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(table.textContent).to.contain('8,157');
      const reserved = parseFloat(getComputedStyle(el, '::before').paddingTop);
      expect(reserved).to.be.greaterThan(300);
      expect(el.getBoundingClientRect().height).to.be.closeTo(reserved, 1);
    } finally {
      frame.remove();
    }
  });
});
