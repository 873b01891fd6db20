import { expect } from '@open-wc/testing';
import { openFrame } from './helpers.js';

/** The demo articles as a phone shows them: nothing wider than the screen, so no sideways scroll. */
describe('demo articles on a phone', () => {
  for (const file of ['index.html', 'ru.html', 'kk.html']) {
    it(`${file} is no wider than 320 px`, async () => {
      const { frame, doc, frames } = await openFrame(`/demo/${file}`, { width: 320, height: 640, scripts: false });
      await frames(2);
      expect(doc.documentElement.scrollWidth, file).to.be.at.most(320);
      frame.remove();
    });
  }
});

/** What an audit of the article reads: landmarks, the outline, the description, the icon. */
describe('demo articles as a page audit reads them', () => {
  for (const file of ['index.html', 'ru.html', 'kk.html']) {
    it(`${file}: one main landmark holding the article, headings without a skipped level, a description, an icon`, async () => {
      const { frame, doc, win } = await openFrame(`/demo/${file}`, { width: 960, height: 20000 });
      const tags = ['kz-fact', 'kz-auto-yoy', 'kz-dealer-sales', 'kz-recovery', 'kz-plants-map', 'kz-brands', 'kz-plant-share', 'kz-output-value'];
      await Promise.all(tags.map((t) => win.customElements.whenDefined(t)));
      await new Promise((r) => setTimeout(r, 300));
      const mains = doc.querySelectorAll('main, [role="main"]');
      expect(mains.length, 'main landmarks').to.equal(1);
      expect(mains[0]!.querySelector('article h1'), 'the article sits in the main landmark').to.exist;

      // The outline as assistive technology reads it: the page's headings and each widget's title.
      const levels: { level: number; text: string }[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"], *')) {
          if (/^h[1-6]$/.test(el.localName)) levels.push({ level: Number(el.localName[1]), text: el.textContent!.trim() });
          else if (el.getAttribute('role') === 'heading') levels.push({ level: Number(el.getAttribute('aria-level')), text: el.textContent!.trim() });
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(doc);
      expect(levels[0]?.level, 'the outline starts with the h1').to.equal(1);
      expect(levels.filter((h) => h.level === 3).length, 'every widget title is in the outline').to.equal(doc.querySelectorAll(tags.join(',')).length);
      for (let i = 1; i < levels.length; i++)
        expect(levels[i]!.level, `"${levels[i]!.text}" follows "${levels[i - 1]!.text}"`).to.be.at.most(levels[i - 1]!.level + 1);

      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, 'meta description length').to.be.within(50, 200);
      const icon = doc.querySelector('link[rel="icon"]')?.getAttribute('href') ?? '';
      expect(icon, 'an icon the browser need not ask /favicon.ico for').to.match(/^data:image\/svg\+xml,/);
      frame.remove();
    });
  }
});
