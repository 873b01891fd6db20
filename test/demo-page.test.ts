import { expect } from '@open-wc/testing';
import { openFrame, until, type OpenedFrame } from './helpers.js';

const ARTICLES = ['index.html', 'ru.html', 'kk.html'] as const;
const WIDGETS = 'kz-auto-yoy, kz-plant-share, kz-dealer-sales, kz-output-value, kz-recovery, kz-plants-map, kz-brands, kz-fact';

/** Scrolls to each widget in turn (they draw when they come into view) and waits until all have drawn. */
async function drawn({ doc, win, frames }: OpenedFrame) {
  const widgets = [...doc.querySelectorAll(WIDGETS)];
  for (const w of widgets) {
    w.scrollIntoView();
    await until(() => !!w.shadowRoot?.querySelector('.title'), `${w.localName} drawn`);
  }
  win.scrollTo(0, 0);
  await frames(3);
  return widgets;
}

/** Headings as a screen reader lists them: document order, into each widget's shadow root. */
function headings(root: Document | ShadowRoot): { level: number; text: string }[] {
  const found: { level: number; text: string }[] = [];
  const walk = (node: Element) => {
    const level = /^H[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : node.getAttribute('role') === 'heading' ? Number(node.getAttribute('aria-level')) : 0;
    if (level) found.push({ level, text: (node.textContent ?? '').trim().slice(0, 40) });
    if (node.shadowRoot) [...node.shadowRoot.children].forEach(walk);
    [...node.children].forEach(walk);
  };
  [...root.children].forEach(walk);
  return found;
}

describe('demo articles', function () {
  this.timeout(30000);

  for (const file of ARTICLES) {
    describe(file, () => {
      for (const width of [320, 360]) {
        for (const scripts of [false, true]) {
          it(`is no wider than a ${width} px phone ${scripts ? 'with the widgets drawn' : 'without script'}`, async () => {
            const opened = await openFrame(`/demo/${file}`, { width, height: 640, scripts });
            try {
              if (scripts) await drawn(opened);
              else await opened.frames(2);
              expect(opened.doc.documentElement.scrollWidth, `${file} at ${width}`).to.be.at.most(width);
            } finally {
              opened.frame.remove();
            }
          });
        }
      }

      for (const width of [360, 960]) {
        it(`moves nothing while its script loads and every widget draws (CLS < 0.01) at ${width} px`, async () => {
          const opened = await openFrame(`/demo/${file}`, { width, height: 700 });
          try {
            await drawn(opened);
            const shifts: { value: number; hadRecentInput: boolean }[] = [];
            const observer = new opened.win.PerformanceObserver((list) => shifts.push(...(list.getEntries() as unknown as typeof shifts)));
            observer.observe({ type: 'layout-shift', buffered: true });
            await opened.frames(2);
            observer.disconnect();
            expect(shifts.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)).to.be.below(0.01);
          } finally {
            opened.frame.remove();
          }
        });
      }

      it('has one main landmark holding the headline and every widget, and headings that skip no level', async () => {
        const opened = await openFrame(`/demo/${file}`, { width: 960, height: 900 });
        try {
          const widgets = await drawn(opened);
          const { doc } = opened;
          const main = doc.querySelectorAll('main, [role="main"]');
          expect(main.length).to.equal(1);
          expect(main[0]!.contains(doc.querySelector('h1'))).to.equal(true);
          expect(widgets.length).to.equal(9);
          expect(widgets.every((w) => main[0]!.contains(w))).to.equal(true);
          const list = headings(doc);
          expect(list[0]!.level, 'the page starts with its h1').to.equal(1);
          expect(list.filter((h) => h.level === 1).length).to.equal(1);
          list.forEach((h, i) => {
            if (i > 0) expect(h.level - list[i - 1]!.level, `${h.text} after ${list[i - 1]!.text}`).to.be.at.most(1);
          });
        } finally {
          opened.frame.remove();
        }
      });

      it('describes itself to search engines in its own language and shows an icon that loads', async () => {
        const html = await (await fetch(`/demo/${file}`)).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const lang = doc.documentElement.lang;
        const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
        expect(description.length, description).to.be.within(70, 200);
        // Written in the page's language: Cyrillic for ru and kk, Kazakh letters only in kk.
        expect(/[а-яё]/i.test(description), description).to.equal(lang !== 'en');
        expect(/[әғқңөұүһі]/i.test(description), description).to.equal(lang === 'kk');
        expect(description).to.contain(lang === 'en' ? '10,125' : '10\u00a0125');
        const icon = doc.querySelector<HTMLLinkElement>('link[rel="icon"]')!;
        const response = await fetch(new URL(icon.getAttribute('href')!, new URL(`/demo/${file}`, location.href)));
        expect(response.status).to.equal(200);
        expect(response.headers.get('content-type')).to.contain('image/svg+xml');
      });

      it('loads without an error or warning in the console', async () => {
        // The page as written, with a recorder ahead of every script in it.
        const html = await (await fetch(`/demo/${file}`)).text();
        const recorder = `<base href="${location.origin}/demo/${file}"><script>
          window.__problems = [];
          for (const kind of ['error', 'warn']) { const f = console[kind]; console[kind] = (...a) => { __problems.push(kind + ': ' + a.join(' ')); f.apply(console, a); }; }
          addEventListener('error', (e) => __problems.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)))), true);
          addEventListener('unhandledrejection', (e) => __problems.push('rejection: ' + e.reason));
        </script>`;
        const opened = await openFrame({ srcdoc: html.replace(/<head>/i, `<head>${recorder}`) }, { width: 960, height: 900 });
        try {
          await drawn(opened);
          expect((opened.win as unknown as { __problems: string[] }).__problems).to.deep.equal([]);
        } finally {
          opened.frame.remove();
        }
      });
    });
  }
});

