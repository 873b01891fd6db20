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

const BUILDERS = { en: 'builder.html', ru: 'builder-ru.html', kk: 'builder-kk.html' } as const;

async function openBuilder(lang: keyof typeof BUILDERS, width: number, height = 900) {
  const opened = await openFrame(`/demo/${BUILDERS[lang]}`, { width, height });
  await until(() => opened.doc.body.dataset.ready !== undefined, 'builder ready');
  const widget = opened.doc.querySelector('#preview-frame > *')!;
  await until(() => !!widget.shadowRoot?.querySelector('.title'), 'preview drawn');
  await opened.frames(2);
  return opened;
}

async function englishSummary(tag: string): Promise<string> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const declarations = manifest.modules.flatMap((m: { declarations?: { tagName?: string; summary?: string }[] }) => m.declarations ?? []);
  return declarations.find((d: { tagName?: string }) => d.tagName === tag).summary;
}

async function pick(win: Window, name: string, value: string) {
  const field = win.document.querySelector<HTMLInputElement | HTMLSelectElement>(`#options [name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 30));
}

describe('embed builder as an editor sees it', function () {
  this.timeout(30000);

  for (const width of [360, 1200]) {
    it(`lines up each radio button and box with the first line of its text at ${width} px`, async () => {
      const { frame, doc } = await openBuilder('en', width);
      try {
        const labels = [...doc.querySelectorAll<HTMLLabelElement>('label.check')];
        expect(labels.length).to.equal(4);
        for (const label of labels) {
          const input = label.querySelector('input')!.getBoundingClientRect();
          const range = doc.createRange();
          range.selectNodeContents(label.querySelector('span')!.firstChild!);
          const line = range.getClientRects()[0]!;
          const name = label.textContent!.trim().slice(0, 30);
          expect(Math.abs(input.left - label.getBoundingClientRect().left), `${name}: at the label's left edge`).to.be.below(1.5);
          expect(line.left, `${name}: text beside the control`).to.be.above(input.right);
          expect(Math.abs((input.top + input.bottom) / 2 - (line.top + line.bottom) / 2), `${name}: centred on the first line`).to.be.below(2);
        }
      } finally {
        frame.remove();
      }
    });
  }

  for (const lang of ['en', 'ru', 'kk'] as const) {
    it(`shows code in the help texts as code, never as Markdown backticks (${lang})`, async () => {
      const { frame, doc, win } = await openBuilder(lang, 1200);
      try {
        const codes: string[] = [];
        for (const tag of [...doc.querySelectorAll<HTMLOptionElement>('#tag option')].map((o) => o.value)) {
          await pick(win, 'tag', tag);
          const form = doc.getElementById('options') as HTMLElement;
          expect(form.innerText, tag).not.to.contain('`');
          codes.push(...[...form.querySelectorAll('.hint code')].map((c) => c.textContent!));
        }
        expect(codes).to.include.members(['units', 'change', 'passenger-cars', 'dealer-sales-2016', 'average-growth,car-market']);
      } finally {
        frame.remove();
      }
    });
  }

  it('on a phone shows the preview at the screen width and says so', async () => {
    const { frame, doc, win } = await openBuilder('ru', 360, 1400);
    try {
      await pick(win, 'width', '640');
      await new Promise((r) => setTimeout(r, 100));
      const widget = doc.querySelector('#preview-frame > *')!.getBoundingClientRect();
      expect(doc.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(360);
      expect(widget.right).to.be.at.most(360);
      expect(doc.getElementById('width-value')!.textContent).to.equal('640\u00a0px');
      expect(doc.getElementById('preview-caption')!.textContent).to.equal(`Предпросмотр: ${Math.round(widget.width)}\u00a0px, по ширине экрана`);
      const caption = doc.getElementById('preview-caption')!;
      expect(caption.scrollWidth, 'the caption fits its line').to.be.at.most(caption.clientWidth);
    } finally {
      frame.remove();
    }
    const wide = await openBuilder('ru', 1200);
    try {
      expect(wide.doc.getElementById('preview-caption')!.textContent).to.equal('Предпросмотр: 640\u00a0px');
    } finally {
      wide.frame.remove();
    }
  });

  for (const width of [360, 1200]) {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      it(`loads without moving what is on screen (CLS < 0.01) at ${width} px (${lang})`, async () => {
        const opened = await openBuilder(lang, width);
        try {
          await new Promise((r) => setTimeout(r, 300));
          const shifts: { value: number; hadRecentInput: boolean }[] = [];
          const observer = new opened.win.PerformanceObserver((list) => shifts.push(...(list.getEntries() as unknown as typeof shifts)));
          observer.observe({ type: 'layout-shift', buffered: true });
          await opened.frames(2);
          await new Promise((r) => setTimeout(r, 50));
          observer.disconnect();
          const cls = shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
          expect(cls).to.be.below(0.01);
        } finally {
          opened.frame.remove();
        }
      });
    }
  }

  it('speaks Russian and Kazakh on its Russian and Kazakh pages, with the same fields in each', async () => {
    const fields = (doc: Document) => [...doc.querySelectorAll('#options [name], .snippets [id]')].map((f) => f.getAttribute('name') ?? f.id);
    const seen: Record<string, string[]> = {};
    const expected = {
      // English comes from the manifest, written from the elements' documentation.
      en: { copy: 'Copy embed code', data: 'Data', summary: await englishSummary('kz-dealer-sales'), copied: 'Copied.', nav: 'Demo article' },
      ru: { copy: 'Скопировать код', data: 'Данные', summary: 'Продажи дилеров и выпуск в 2016 и 2015 годах.', copied: 'Скопировано.', nav: 'Демо-статья' },
      kk: { copy: 'Кодты көшіру', data: 'Деректер', summary: 'Дилерлер сатылымы мен өндіріс, 2016 және 2015 жылдар.', copied: 'Көшірілді.', nav: 'Демо-мақала' },
    };
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const { frame, doc, win } = await openBuilder(lang, 1200);
      try {
        expect(doc.documentElement.lang).to.equal(lang);
        expect(doc.getElementById('copy')!.textContent).to.equal(expected[lang].copy);
        expect([...doc.querySelectorAll('legend')].map((l) => l.firstChild!.textContent!.trim())).to.include(expected[lang].data);
        expect(doc.getElementById('tag-description')!.textContent).to.equal(expected[lang].summary);
        expect(doc.querySelector('.masthead nav a')!.textContent).to.equal(expected[lang].nav);
        // The chart in the preview speaks the page's language unless the editor picks another.
        expect(doc.querySelector<HTMLSelectElement>('#options [name="lang"]')!.value).to.equal(lang);
        expect(doc.querySelector('#preview-frame > *')!.getAttribute('lang')).to.equal(lang);
        await pick(win, 'tag', 'kz-auto-yoy');
        expect(doc.querySelector('#widget-attributes option')!.textContent).to.equal({ en: '(default)', ru: '(по умолчанию)', kk: '(әдепкі)' }[lang]);
        Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
        doc.getElementById('copy')!.click();
        await until(() => doc.getElementById('copy-status')!.textContent === expected[lang].copied, 'copied');
        seen[lang] = fields(doc);
      } finally {
        frame.remove();
      }
    }
    expect(seen.ru).to.deep.equal(seen.en);
    expect(seen.kk).to.deep.equal(seen.en);
  });
});
