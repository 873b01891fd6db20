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
