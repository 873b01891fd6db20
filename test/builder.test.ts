import { expect } from '@open-wc/testing';
import { openFrame, page, until } from './helpers.js';

const shown = (el: Element | null) =>
  [...(el?.shadowRoot?.querySelectorAll('.title, .subtitle, .headline, svg.plot text, .note, .source') ?? [])].map((n) =>
    n.textContent!.replace(/[ \t\n\r]+/g, ' ').trim(),
  );

describe('embed builder', () => {
  it('picks options, copies the snippet, and the snippet in a blank page draws the same chart', async () => {
    const { frame, win } = await openFrame('/demo/builder.html', { width: 1200, height: 1400 });
    const frames: HTMLIFrameElement[] = [frame];
    try {
      const doc = win.document;
      await until(() => doc.body.dataset.ready !== undefined, 'builder ready');
      const set = async (name: string, value: string) => {
        const field = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`#options [name="${name}"]`)!;
        expect(field, name).to.not.equal(null);
        field.value = value;
        field.dispatchEvent(new win.Event('change', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 30));
      };
      // Every widget of the package is offered.
      expect([...doc.querySelectorAll<HTMLOptionElement>('#tag option')].map((o) => o.value)).to.deep.equal([
        'kz-auto-yoy',
        'kz-brands',
        'kz-dealer-sales',
        'kz-fact',
        'kz-output-value',
        'kz-plant-share',
        'kz-plants-map',
        'kz-recovery',
      ]);
      await set('tag', 'kz-auto-yoy');
      await set('mode', 'change');
      await set('lang', 'kk');
      await set('theme', 'dark');
      await set('title', 'Автоөнеркәсіп: <b>бестен бір</b> кем');
      await set('width', '480');
      const preview = doc.querySelector('#preview-frame kz-auto-yoy')!;
      await until(() => preview.getAttribute('mode') === 'change' && !!preview.shadowRoot?.querySelector('svg.plot'), 'preview');
      expect(preview.getBoundingClientRect().width).to.equal(480);

      let copied = '';
      Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void (copied = s) } });
      doc.getElementById('copy')!.click();
      await until(() => doc.getElementById('copy-status')!.textContent === 'Copied.', 'copied');
      expect(copied).to.contain('<kz-auto-yoy lang="kk" theme="dark" mode="change" title="Автоөнеркәсіп: &lt;b&gt;бестен бір&lt;/b&gt; кем">');
      expect(copied).to.match(/^<script src="https:\/\/unpkg\.com\/kz-auto-charts@0\/dist\/kz-auto-charts\.js"><\/script>\n/);

      // Paste into a blank page; the test machine has no internet, so the CDN URL points home.
      const pasted = copied.replace(/https:\/\/unpkg\.com\/kz-auto-charts@0\/dist\//, '/dist/');
      const blank = await openFrame(page(`<div style="width:480px">${pasted}</div>`));
      frames.push(blank.frame);
      const pastedEl = blank.win.document.querySelector('kz-auto-yoy')!;
      await until(() => !!pastedEl.shadowRoot?.querySelector('svg.plot'), 'pasted widget drawn');
      expect(shown(pastedEl)).to.deep.equal(shown(preview));
      expect(shown(pastedEl)[0]).to.equal('Автоөнеркәсіп: <b>бестен бір</b> кем');

      // Where scripts are off, the fallback in the snippet carries the same title and figures.
      const noScript = await openFrame(page(pasted), { scripts: false });
      frames.push(noScript.frame);
      const fallback = noScript.win.document.querySelector('kz-auto-yoy figure')!;
      expect(fallback.querySelector('figcaption strong')!.textContent).to.equal('Автоөнеркәсіп: <b>бестен бір</b> кем');
      expect(fallback.querySelector('table')!.textContent).to.contain('−24,5\u00a0%');

      // The data-source picker: the editor's own file goes into the preview and the snippet.
      await set('tag', 'kz-plant-share');
      doc.querySelector<HTMLInputElement>('#options [name="data-source"][value="src"]')!.click();
      await set('src', '/test/fixtures/plant-share.json');
      const own = doc.querySelector('#preview-frame kz-plant-share')!;
      await until(() => (own.shadowRoot?.querySelector('.subtitle')?.textContent ?? '').includes('2016 және 2017\u00a0жылдары наурызда'), 'own data in the preview');
      expect((doc.getElementById('snippet') as HTMLTextAreaElement).value).to.contain(`src="${location.origin}/test/fixtures/plant-share.json"`);
      expect(doc.querySelector<HTMLAnchorElement>('#schema-json')!.href).to.match(/\/dist\/schemas\/kz-plant-share\.v1\.json$/);
      const schema = await (await fetch(doc.querySelector<HTMLAnchorElement>('#schema-json')!.href)).json();
      expect(schema.title).to.equal('Share of locally assembled cars in sales (<kz-plant-share>)');
    } finally {
      frames.forEach((f) => f.remove());
    }
  });
});
