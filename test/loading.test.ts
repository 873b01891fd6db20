import { expect } from '@open-wc/testing';
import { reserveCss } from '../src/styles/reserve.js';

async function open(body: string, { scripts = true, head = '' } = {}) {
  const frame = document.createElement('iframe');
  frame.style.width = '640px';
  frame.style.height = '600px';
  // Same origin so the test can look inside; without allow-scripts the page runs no script.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  document.body.append(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const frames = (n: number) =>
    new Promise<void>((resolve) => {
      const step = (i: number) => (i === 0 ? resolve() : win.requestAnimationFrame(() => step(i - 1)));
      step(n);
    });
  return { frame, win, doc: win.document, frames };
}

const fallback = '<table class="fallback"><caption>Vehicle production, January–November 2016</caption><tr><th>Passenger cars</th><td>8,157</td></tr></table>';

describe('loading', () => {
  it('draws a widget far below the fold only when it comes near, showing its fallback until then', async () => {
    const { frame, doc, frames } = await open(`
      <kz-auto-yoy id="near"></kz-auto-yoy>
      <div style="height:4000px"></div>
      <kz-auto-yoy id="far">${fallback}</kz-auto-yoy>
      <script src="/dist/kz-auto-charts.js"></script>`);
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

  it('shows the light-DOM fallback in the reserved box where scripts are off', async () => {
    const { frame, doc } = await open(
      `<p>Before</p><kz-auto-yoy>${fallback}</kz-auto-yoy><p id="after">After</p>
       <script src="/dist/kz-auto-charts.js"></script>`,
      { scripts: false, head: `<style>${reserveCss()}</style>` },
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
