import { expect } from '@open-wc/testing';
import '../src/index.js';
import { text, until } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Another library's component: renders its own markup, and a widget, in its shadow root. */
class HostCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<div class="card"><slot></slot><kz-auto-yoy></kz-auto-yoy><div lang="kk"><kz-plant-share></kz-plant-share></div></div>';
  }
}
if (!customElements.get('host-card')) customElements.define('host-card', HostCard);

/** A component that nests another: the widget sits two shadow roots deep. */
class HostPanel extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<section><host-card></host-card></section>';
  }
}
if (!customElements.get('host-panel')) customElements.define('host-panel', HostPanel);

const inCard = (card: Element, tag: string) => card.shadowRoot!.querySelector(tag) as Widget;

describe('lang across shadow roots', () => {
  it('a widget in another component’s shadow root speaks the language of the section around it', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<section lang="ru"><host-card></host-card></section>';
    document.body.append(wrapper);
    try {
      const card = wrapper.querySelector('host-card')!;
      const yoy = inCard(card, 'kz-auto-yoy');
      await yoy.updateComplete;
      expect(text(yoy, '.title')).to.match(/^Выпуск/);
      expect(yoy.shadowRoot!.querySelector('figure')!.getAttribute('lang')).to.equal('ru');
      // A lang inside the component is closer than the section's.
      const share = inCard(card, 'kz-plant-share');
      await share.updateComplete;
      expect(share.shadowRoot!.querySelector('figure')!.getAttribute('lang')).to.equal('kk');
    } finally {
      wrapper.remove();
    }
  });

  it('crosses two shadow roots and follows a change of the section’s lang', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<article lang="ru"><host-panel></host-panel></article>';
    document.body.append(wrapper);
    try {
      const card = wrapper.querySelector('host-panel')!.shadowRoot!.querySelector('host-card')!;
      const yoy = inCard(card, 'kz-auto-yoy');
      await yoy.updateComplete;
      expect(text(yoy, '.title')).to.match(/^Выпуск/);
      wrapper.querySelector('article')!.setAttribute('lang', 'kk');
      await until(() => /^Қазақстанда/.test(text(yoy, '.title')), 'the widget to speak Kazakh');
      // A lang set inside the outer component's shadow root is followed too.
      wrapper.querySelector('host-panel')!.shadowRoot!.querySelector('section')!.setAttribute('lang', 'en');
      await until(() => /^Vehicle output/.test(text(yoy, '.title')), 'the widget to speak English');
    } finally {
      wrapper.remove();
    }
  });

  it('without any lang around it, still falls back to the document, then English', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<host-card></host-card>';
    document.body.append(wrapper);
    try {
      const yoy = inCard(wrapper.firstElementChild!, 'kz-auto-yoy');
      await yoy.updateComplete;
      expect(text(yoy, '.title')).to.match(/^Vehicle output/);
    } finally {
      wrapper.remove();
    }
  });
});
