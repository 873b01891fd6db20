import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { WIDGET_TAGS } from '../src/widgets/index.js';
import { openFrame, page, type OpenedFrame, until } from './helpers.js';

type Win = OpenedFrame['win'] & Record<string, unknown>;

/** Every widget once, with the attributes it needs. */
const ALL = WIDGET_TAGS.map((tag) => `<${tag} lang="en"${tag === 'kz-fact' ? ' fact="dealer-sales-2016"' : ''}></${tag}>`).join('\n');

/** The widgets of a framed page once each has drawn or explained itself. */
async function settled(doc: Document, count: number): Promise<HTMLElement[]> {
  const done = () =>
    [...doc.querySelectorAll<HTMLElement>(WIDGET_TAGS.join(','))].filter((el) => el.shadowRoot?.querySelector('svg.plot, .error'));
  await until(() => done().length >= count, `${count} widgets to draw`);
  return done();
}

describe('a strict Content-Security-Policy', () => {
  it('renders every widget with zero violations under default-src \'self\'', async () => {
    const { frame, win, doc } = await openFrame('/test/fixtures/csp/strict.html', { width: 700, height: 12000 });
    try {
      const widgets = await settled(doc, 11);
      await new Promise((r) => setTimeout(r, 300));
      expect((win as Win).__violations).to.deep.equal([]);
      const drawn = widgets.filter((w) => w.shadowRoot!.querySelector('svg.plot'));
      expect(drawn.length, 'every widget but the deliberate bad fact draws').to.equal(10);
      // The widget given its data by a same-origin file drew it.
      const own = doc.querySelector('kz-plant-share[src]')!;
      expect(own.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain('March 2017');
    } finally {
      frame.remove();
    }
  });

  it('reports a violation the page itself makes (so the check can fail)', async () => {
    // The same page, with one inline style attribute the policy forbids.
    const strict = await (await fetch('/test/fixtures/csp/strict.html')).text();
    const control = strict.replace('<body>', '<body><p style="color: red">An inline style this policy forbids.</p>');
    const { frame, win, doc } = await openFrame({ srcdoc: control }, { width: 700, height: 12000 });
    try {
      await settled(doc, 11);
      expect(((win as Win).__violations as string[]).length).to.be.greaterThan(0);
      expect(((win as Win).__violations as string[]).join()).to.contain('style-src');
    } finally {
      frame.remove();
    }
  });
});

describe('injection: markup in texts and data is shown as text and never runs', () => {
  const payloads = [
    '<img src=x onerror="window.top.__pwned=1">',
    '<svg onload="window.top.__pwned=2"><script>window.top.__pwned=3</script></svg>',
    '"><script>window.top.__pwned=4</script>',
    '<a href="javascript:window.top.__pwned=5">x</a>',
    '{{constructor.constructor("window.top.__pwned=6")()}}',
  ];

  it('in the title, subtitle, source and note of every widget, and in data cells', async () => {
    const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const body = WIDGET_TAGS.map(
      (tag, i) =>
        `<${tag} lang="en" fact="dealer-sales-2016" title="${attr(payloads[i % 5]!)}" subtitle="${attr(payloads[(i + 1) % 5]!)}" ` +
        `source="${attr(payloads[(i + 2) % 5]!)}" note="${attr(payloads[(i + 3) % 5]!)}"></${tag}>`,
    ).join('');
    const { frame, doc, win } = await openFrame(page(`${body}<kz-brands id="cells" lang="en"></kz-brands>`, { head: '<script src="/dist/kz-auto-charts.js"></script>' }), { width: 700, height: 12000 });
    try {
      (doc.getElementById('cells') as HTMLElement & { data: unknown }).data = payloads.map((p, i) => ({ brand: p, country: payloads[(i + 1) % 5], plant: payloads[(i + 2) % 5], source: payloads[i] }));
      const widgets = await settled(doc, WIDGET_TAGS.length + 1);
      await new Promise((r) => setTimeout(r, 300));
      for (const [i, el] of widgets.slice(0, WIDGET_TAGS.length).entries()) {
        const root = el.shadowRoot!;
        expect(root.querySelector('.title')!.textContent, el.localName).to.equal(payloads[i % 5]);
        expect(root.querySelector('.subtitle')!.textContent).to.equal(payloads[(i + 1) % 5]);
        expect(root.querySelector('.source')!.textContent).to.contain(payloads[(i + 2) % 5]);
        expect(root.querySelector('img, script, a, foreignObject')).to.equal(null);
      }
      const cells = doc.getElementById('cells')!.shadowRoot!;
      expect([...cells.querySelectorAll('.chip-label')].map((t) => t.textContent)).to.deep.equal(payloads);
      expect(cells.querySelector('img, script, a')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect((win as Win).__pwned).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('in the cells of a CSV file given as src, in the static SVG, and in the embed code', async () => {
    const { frame, doc, win } = await openFrame(page('<kz-brands lang="en" src="/test/fixtures/injection.csv" title="<i>t</i>"></kz-brands>', { head: '<script src="/dist/kz-auto-charts.js"></script>' }));
    try {
      const [el] = await settled(doc, 1);
      await new Promise((r) => setTimeout(r, 300));
      const root = el!.shadowRoot!;
      expect([...root.querySelectorAll('.chip-label')].map((t) => t.textContent)).to.deep.equal(['<img src=x onerror="window.top.__pwned=7">']);
      expect(root.querySelector('.category')!.textContent).to.equal('<svg onload="window.top.__pwned=8">');
      expect(root.querySelector('.source')!.textContent).to.equal('Source: <b>Source</b>');
      expect(root.querySelector('img, script, b, i, foreignObject')).to.equal(null);
      expect((win as Win).__pwned).to.equal(undefined);
      const embed = (el as HTMLElement & { embedCode(): string }).embedCode();
      expect(embed).to.contain('title="&lt;i&gt;t&lt;/i&gt;"');
      expect(embed).to.contain(`src="${location.origin}/test/fixtures/injection.csv"`);
    } finally {
      frame.remove();
    }
    const svg = await (await fetch(`/__static__/svg?tag=kz-plant-share&title=${encodeURIComponent(payloads[1]!)}`)).text();
    expect(svg).to.not.contain('<script');
    expect(svg).to.contain('&lt;svg onload=');
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('script, foreignObject, [onload]')).to.equal(null);
  });
});

describe('hostile host CSS', () => {
  const hostile = `<style>
    svg, text, rect, path, g, p, div, figure, button, table, ul, li { display: none !important; fill: red !important; stroke: lime !important; font-size: 40px !important; }
    * { letter-spacing: 8px !important; word-spacing: 20px !important; line-height: 5 !important; text-transform: uppercase !important;
        text-align: right !important; text-indent: 60px !important; white-space: nowrap !important; font-style: italic !important;
        font-weight: 100 !important; color: #ff0 !important; text-shadow: 0 0 4px red !important; }
  </style>`;

  /** What a reader would notice: texts, sizes, colours and visibility of the drawn widgets. */
  const look = (el: HTMLElement) => {
    const root = el.shadowRoot!;
    const title = root.querySelector<HTMLElement>('.title')!;
    const firstText = root.querySelector('svg.plot text')!;
    const style = getComputedStyle(title);
    const textStyle = getComputedStyle(firstText);
    return {
      tag: el.localName,
      height: Math.round(el.getBoundingClientRect().height),
      plot: Math.round(root.querySelector('svg.plot')!.getBoundingClientRect().height),
      title: title.textContent,
      titleLook: [style.letterSpacing, style.textTransform, style.color, style.fontStyle, style.textIndent, style.whiteSpace, style.display],
      textLook: [textStyle.fill, textStyle.letterSpacing, textStyle.display],
    };
  };

  it('cannot hide or distort a widget', async () => {
    const clean = await openFrame(page(ALL, { head: '<script src="/dist/kz-auto-charts.js"></script>' }), { width: 640, height: 12000 });
    const attacked = await openFrame(page(ALL, { head: `${hostile}<script src="/dist/kz-auto-charts.js"></script>` }), { width: 640, height: 12000 });
    try {
      const [cleanWidgets, attackedWidgets] = [await settled(clean.doc, WIDGET_TAGS.length), await settled(attacked.doc, WIDGET_TAGS.length)];
      // Each widget redraws once it has measured the room its box leaves for the plot.
      await Promise.all([clean.frames(4), attacked.frames(4)]);
      await new Promise((r) => setTimeout(r, 300));
      const expected = cleanWidgets.map(look);
      const got = attackedWidgets.map(look);
      expect(got).to.deep.equal(expected);
    } finally {
      clean.frame.remove();
      attacked.frame.remove();
    }
  });

  it('widgets leak no styles into the page', async () => {
    const probe = '<p id="p">Text</p><svg id="s" width="100" height="20"><text id="t" x="0" y="15">Label</text><rect id="r" width="5" height="5"></rect></svg><button id="b">Button</button>';
    const styles = (doc: Document) =>
      ['p', 's', 't', 'r', 'b'].map((id) => {
        const cs = getComputedStyle(doc.getElementById(id)!);
        return [cs.color, cs.fontSize, cs.fontFamily, cs.lineHeight, cs.fill, cs.display, cs.margin, cs.letterSpacing];
      });
    const without = await openFrame(page(probe), { width: 640, height: 600 });
    const withWidgets = await openFrame(page(probe + ALL, { head: '<script src="/dist/kz-auto-charts.js"></script>' }), { width: 640, height: 12000 });
    try {
      await settled(withWidgets.doc, WIDGET_TAGS.length);
      expect(styles(withWidgets.doc)).to.deep.equal(styles(without.doc));
      // No style sheet added to the page: every rule lives in the widgets' shadow roots.
      expect(withWidgets.doc.styleSheets.length).to.equal(without.doc.styleSheets.length);
      expect(withWidgets.doc.adoptedStyleSheets.length).to.equal(0);
    } finally {
      without.frame.remove();
      withWidgets.frame.remove();
    }
  });
});

describe('the network', () => {
  it('is not used by any widget without src', async () => {
    const { frame, win, doc } = await openFrame(page(ALL, { head: '<script src="/dist/kz-auto-charts.js"></script>' }), { width: 640, height: 12000 });
    try {
      const before = win.performance.getEntriesByType('resource').map((e) => e.name);
      const widgets = await settled(doc, WIDGET_TAGS.length);
      // Open each download menu too: it must not fetch anything either.
      for (const w of widgets) w.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')?.click();
      await new Promise((r) => setTimeout(r, 300));
      const after = win.performance.getEntriesByType('resource').map((e) => e.name);
      expect(after).to.deep.equal(before);
      expect(before.map((n) => new URL(n).pathname)).to.deep.equal(['/dist/kz-auto-charts.js']);
    } finally {
      frame.remove();
    }
  });

  it('is used once for a src, and the request is dropped when the widget leaves the page', async () => {
    const { frame, win, doc } = await openFrame(page('<kz-plant-share lang="en" src="/__slow__?ms=3000"></kz-plant-share>', { head: '<script src="/dist/kz-auto-charts.js"></script>' }));
    try {
      await until(() => !!doc.querySelector('kz-plant-share')!.shadowRoot?.querySelector('[part="loading"]'), 'loading');
      doc.querySelector('kz-plant-share')!.remove();
      await new Promise((r) => setTimeout(r, 100));
      const slow = win.performance.getEntriesByType('resource').filter((e) => e.name.includes('__slow__')) as PerformanceResourceTiming[];
      // One request, ended without a response long before the server would have answered (3 s).
      expect(slow).to.have.length(1);
      expect(slow[0]!.responseStatus).to.equal(0);
      expect(slow[0]!.duration).to.be.below(2000);
    } finally {
      frame.remove();
    }
  });
});

describe('1,000 mount and unmount cycles', function () {
  this.timeout(120_000);

  /** Patches the page's observers and global listeners to count what stays registered. */
  const counters = `<script>
    window.__live = { observed: 0, globalListeners: 0 };
    for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver']) {
      const Base = window[name];
      window[name] = class extends Base {
        constructor(cb, opts) { super(cb, opts); this.__targets = new Set(); }
        observe(t, o) { if (!this.__targets.has(t)) { this.__targets.add(t); window.__live.observed += 1; } return super.observe(t, o); }
        unobserve(t) { if (this.__targets.delete(t)) window.__live.observed -= 1; return super.unobserve(t); }
        disconnect() { window.__live.observed -= this.__targets.size; this.__targets.clear(); return super.disconnect(); }
      };
    }
    const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
    const global = (t) => t === window || t === document || (typeof MediaQueryList !== 'undefined' && t instanceof MediaQueryList);
    const seen = new WeakMap();
    EventTarget.prototype.addEventListener = function (type, fn, o) {
      if (global(this) && fn) { const k = type + (typeof o === 'object' ? !!o.capture : !!o); const s = seen.get(fn) || new Set(); if (!s.has(k)) { s.add(k); seen.set(fn, s); window.__live.globalListeners += 1; } }
      return add.call(this, type, fn, o);
    };
    EventTarget.prototype.removeEventListener = function (type, fn, o) {
      if (global(this) && fn) { const k = type + (typeof o === 'object' ? !!o.capture : !!o); const s = seen.get(fn); if (s && s.delete(k)) window.__live.globalListeners -= 1; }
      return remove.call(this, type, fn, o);
    };
  </script>`;

  async function cycles(leak: boolean, n: number): Promise<{ observed: number; globalListeners: number; heapGrowth: number }> {
    const { frame, win, doc } = await openFrame(page('<div id="host" style="width:480px"></div>', { head: `${counters}<script src="/dist/kz-auto-charts.js"></script>` }), { width: 600, height: 3000 });
    try {
      const host = doc.getElementById('host')!;
      const kept: Element[] = [];
      const baseline = { ...((win as Win).__live as object) } as { observed: number; globalListeners: number };
      const run = async (count: number) => {
        for (let i = 0; i < count; i += 1) {
          const tag = WIDGET_TAGS[i % WIDGET_TAGS.length]!;
          host.innerHTML = `<${tag} lang="${['kk', 'ru', 'en'][i % 3]}" fact="employment"></${tag}>`;
          const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          await el.updateComplete;
          if (!el.shadowRoot!.querySelector('svg.plot')) throw new Error(`${tag} did not draw`);
          if (i % 4 === 0) {
            // Removed with a redraw queued by a resize: the queue must not keep it.
            host.style.width = host.style.width === '480px' ? '420px' : '480px';
            for (let f = 0; f < 2; f += 1) await new Promise((r) => win.requestAnimationFrame(r));
          }
          if (leak) kept.push(el);
          el.remove();
        }
      };
      await run(100); // warm-up: caches, compiled templates, first-time allocations
      const before = (await executeServerCommand('heap-used')) as number;
      await run(n);
      const after = (await executeServerCommand('heap-used')) as number;
      const live = (win as Win).__live as { observed: number; globalListeners: number };
      return {
        observed: live.observed - baseline.observed,
        globalListeners: live.globalListeners - baseline.globalListeners,
        heapGrowth: after - before,
      };
    } finally {
      frame.remove();
    }
  }

  it('leave no observers or global listeners behind, and the heap flat', async () => {
    const result = await cycles(false, 1000);
    expect(result.observed, 'observations still registered').to.equal(0);
    expect(result.globalListeners, 'listeners still on window/document').to.equal(0);
    // Roughly flat: well under what 1,000 kept widgets weigh (the next test measures that).
    expect(result.heapGrowth, `heap grew ${(result.heapGrowth / 1e6).toFixed(1)} MB`).to.be.below(3e6);
  });

  it('the same measurement sees a leak when the elements are kept (so the test can fail)', async () => {
    const result = await cycles(true, 1000);
    expect(result.heapGrowth, `heap grew ${(result.heapGrowth / 1e6).toFixed(1)} MB`).to.be.above(3e6);
  });
});
