import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/index.js';
import { mount, nextRender, openFrame, page, text, until } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('a widget moved into a same-origin iframe', function () {
  this.timeout(20000);

  for (const how of ['appendChild', 'adoptNode'] as const) {
    it(`(${how}) redraws at the iframe’s width and in its language, styled`, async () => {
      const el = (await mount(html`<kz-auto-yoy></kz-auto-yoy>`, 984)) as unknown as Widget;
      expect(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('width')).to.equal('984');
      const { frame, doc, frames } = await openFrame(page('<div id="box" style="width: 300px"></div>', { lang: 'kk' }), { width: 400, height: 900 });
      try {
        const box = doc.getElementById('box')!;
        box.appendChild(how === 'adoptNode' ? doc.adoptNode(el) : el);
        await frames(3);
        await nextRender(el as never);
        await until(() => el.shadowRoot!.querySelector('svg.plot')?.getAttribute('width') === '300', 'a redraw at 300 px');
        expect(el.getBoundingClientRect().width).to.equal(300);
        expect(text(el, '.title')).to.match(/^Қазақстанда/);
        // Its styles came along: the data table stays visually hidden, the title is bold.
        const title = el.shadowRoot!.querySelector('.title')!;
        expect(doc.defaultView!.getComputedStyle(title).fontWeight).to.equal('700');
        expect(doc.defaultView!.getComputedStyle(el.shadowRoot!.querySelector('table')!).position).to.equal('absolute');
        // It follows the framed page's language too.
        doc.documentElement.lang = 'ru';
        await until(() => /^Выпуск/.test(text(el, '.title')), 'the widget to follow the frame’s lang');
        // And it comes back resized, in the page's language, when moved home.
        document.body.append(el);
        await until(() => el.shadowRoot!.querySelector('svg.plot')?.getAttribute('width') !== '300', 'a redraw at home');
        expect(text(el, '.title')).to.match(/^Vehicle output/);
      } finally {
        frame.remove();
        el.remove();
      }
    });
  }

  it('draws styled when first connected inside the iframe', async () => {
    const { frame, doc, frames } = await openFrame(page('<div id="box" style="width: 320px"></div>', { lang: 'ru' }), { width: 400, height: 900 });
    try {
      // Made by this window's registry, never connected here.
      const el = document.createElement('kz-fact') as Widget;
      el.setAttribute('fact', 'dealer-sales-2016');
      doc.getElementById('box')!.appendChild(el);
      await frames(3);
      await until(() => el.shadowRoot?.querySelector('svg.plot')?.getAttribute('width') === '320', 'a drawing at 320 px');
      expect(doc.defaultView!.getComputedStyle(el).display).to.equal('grid');
      expect(el.shadowRoot!.querySelector('figure')!.getAttribute('lang')).to.equal('ru');
    } finally {
      frame.remove();
    }
  });

  it('closes its menu on a click outside it in the iframe', async () => {
    const el = (await mount(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`, 600)) as unknown as Widget;
    const { frame, doc, frames } = await openFrame(page('<div id="box" style="width: 360px"></div>'), { width: 400, height: 1000 });
    try {
      frame.scrollIntoView();
      doc.getElementById('box')!.appendChild(el);
      await frames(3);
      await el.updateComplete;
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!;
      button.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.menu-list')).to.not.equal(null);
      // A real click on the framed page beside the widget (the box is 360 px of the frame's 400).
      let frameBox = frame.getBoundingClientRect();
      const y = Math.round(Math.max(frameBox.top, 0) + 100);
      await sendMouse({ type: 'click', position: [Math.round(frameBox.left + 390), y] });
      await until(() => el.shadowRoot!.querySelector('.menu-list') === null, 'the menu to close');
      // A click inside the widget leaves it open.
      button.click();
      await el.updateComplete;
      frameBox = frame.getBoundingClientRect();
      // On the widget's own title, not on another control (beside the button is the table toggle).
      const own = el.shadowRoot!.querySelector('.title')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(frameBox.left + own.left + 20), Math.round(frameBox.top + own.top + 8)] });
      await new Promise((r) => setTimeout(r, 100));
      expect(el.shadowRoot!.querySelector('.menu-list')).to.not.equal(null);
    } finally {
      frame.remove();
      el.remove();
    }
  });
});
