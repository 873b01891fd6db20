import { expect } from '@open-wc/testing';
import { NBSP, openFrame, page } from './helpers.js';

const errorCatcher = `<script>window.__errors = []; addEventListener('error', (e) => __errors.push(e.message));</script>`;

/** Opens a plain page that records uncaught errors, with `body` in it. */
async function plainPage(body: string) {
  const opened = await openFrame(page(body, { head: errorCatcher }));
  await new Promise((r) => setTimeout(r, 50));
  return { ...opened, errors: (opened.win as unknown as { __errors: string[] }).__errors };
}

const shadowText = (el: Element | null, selector: string) =>
  (el?.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

describe('the script-tag bundle in a plain page', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  it('registers both elements and renders them in the page language', async () => {
    const { win, errors, frame } = await plainPage(`
      <p>Before</p>
      <kz-auto-yoy lang="ru"></kz-auto-yoy>
      <div lang="kk"><kz-plant-share></kz-plant-share></div>
      <script src="/dist/kz-auto-charts.js"></script>`);
    frames.push(frame);
    const doc = win.document;
    expect(errors).to.deep.equal([]);
    expect(win.customElements.get('kz-auto-yoy')).to.be.a('function');
    expect(win.customElements.get('kz-plant-share')).to.be.a('function');
    expect(shadowText(doc.querySelector('kz-auto-yoy'), '.headline')).to.contain(`10${NBSP}125`);
    expect(shadowText(doc.querySelector('kz-plant-share'), '.title')).to.match(/^Ресми саудадағы/);
  });

  it('does nothing and throws nothing when loaded twice', async () => {
    const { win, errors, frame } = await plainPage(`
      <kz-auto-yoy></kz-auto-yoy>
      <script src="/dist/kz-auto-charts.js"></script>
      <script src="/dist/kz-auto-charts.js?again"></script>`);
    frames.push(frame);
    expect(errors).to.deep.equal([]);
    expect(shadowText(win.document.querySelector('kz-auto-yoy'), '.title')).to.equal(
      'Vehicle output in Kazakhstan fell by 22%',
    );
  });

  it('lives beside the npm build: whichever registers first wins, nothing throws', async () => {
    const { win, errors, frame } = await plainPage(`
      <kz-plant-share></kz-plant-share>
      <script src="/dist/kz-auto-charts.js"></script>
      <script type="module">
        import { KzPlantShare } from '/dist/esm/index.js';
        window.__esm = { ran: true, registered: customElements.get('kz-plant-share') === KzPlantShare };
      </script>`);
    frames.push(frame);
    const esm = () => (win as unknown as { __esm?: { ran: boolean; registered: boolean } }).__esm;
    for (let i = 0; i < 50 && !esm(); i += 1) await new Promise((r) => setTimeout(r, 20));
    // The module ran to its end (its define() did not throw) and the script tag's class kept the name.
    expect(esm()).to.deep.equal({ ran: true, registered: false });
    expect(errors).to.deep.equal([]);
    expect(shadowText(win.document.querySelector('kz-plant-share'), '.source')).to.equal('Source: inform.kz');
  });

  it('npm entries are importable one element at a time and the data alone', async () => {
    const data = await import('/dist/esm/data.js' as string);
    expect(data.getFact('passenger-production-2016').value).to.equal(8157);
    expect(data.facts.length).to.be.greaterThan(35);
    const yoy = await import('/dist/esm/kz-auto-yoy.js' as string);
    expect(yoy.KzAutoYoy).to.be.a('function');
  });
});
