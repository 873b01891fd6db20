import { expect } from '@open-wc/testing';
import { render, type LitElement, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

export const NBSP = '\u00a0';

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((c) => c.remove()));

/** Mounts a template in a container of the given width and waits for the element to render. */
export async function mount<T extends LitElement>(template: TemplateResult, width = 640): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  document.body.append(wrapper);
  containers.push(wrapper);
  render(template, wrapper);
  const el = [...wrapper.querySelectorAll('*')].find((e) => e.localName.startsWith('kz-')) as T;
  await el.updateComplete;
  return el;
}

/** Text a reader sees in the element's shadow root at `selector`, white space collapsed. */
export function text(el: Element, selector: string): string {
  const node = el.shadowRoot?.querySelector(selector);
  return (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

export function texts(el: Element, selector: string): string[] {
  return [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((n) =>
    (n.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim(),
  );
}

const frame = () => new Promise((r) => requestAnimationFrame(r));

/**
 * Waits until a resize has been drawn: one frame for layout and the ResizeObserver, one for the
 * redraw the size controller schedules, one more to be safe.
 */
export async function nextRender(el: LitElement): Promise<void> {
  for (let i = 0; i < 3; i += 1) await frame();
  await el.updateComplete;
}

/** Collects console.warn / console.error calls while `fn` runs. */
export async function captureConsole(fn: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => calls.push(args.join(' '));
  console.error = (...args: unknown[]) => calls.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return calls;
}

export type FrameWindow = Window & typeof globalThis;

export interface OpenedFrame {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** Waits `n` animation frames of the framed page. */
  frames(n: number): Promise<void>;
}

/**
 * Opens a page in an iframe (a URL, or `{ srcdoc }` for a page written by the test) and waits
 * for it to load. With `scripts: false` the page runs no script but stays same-origin, so the
 * test can look inside. Remove `frame` when done.
 */
export async function openFrame(
  src: string | { srcdoc: string },
  { width = 800, height = 1200, scripts = true }: { width?: number; height?: number; scripts?: boolean } = {},
): Promise<OpenedFrame> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  document.body.append(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  if (typeof src === 'string') frame.src = src;
  else frame.srcdoc = src.srcdoc;
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const frames = (n: number) =>
    new Promise<void>((resolve) => {
      const step = (i: number) => (i === 0 ? resolve() : win.requestAnimationFrame(() => step(i - 1)));
      step(n);
    });
  return { frame, win, doc: win.document, frames };
}

/** A minimal HTML page around `body`, for `openFrame({ srcdoc })`. */
export const page = (body: string, { head = '', lang = 'en' } = {}) => ({
  srcdoc: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
});

/** Mounts `<tag attrs>` in a container of the given width and waits for it to render. */
export const mountTag = <T extends LitElement = LitElement>(tag: string, attrs: string, width = 640) =>
  mount<T>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}>`, width);

/** Every text drawn in the plot, in order. */
export const plotTexts = (el: Element) => texts(el, 'svg.plot text');

/** Texts of the plot that stick out of the plot's box (measured by the browser): should be none. */
export function textsOutside(el: Element): string[] {
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
  const box = svg.getBoundingClientRect();
  return [...svg.querySelectorAll('text')]
    .filter((t) => {
      const r = t.getBoundingClientRect();
      return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
    })
    .map((t) => t.textContent ?? '');
}

/** Uncaught errors and rejections on the page while `fn` runs; the widgets' own messages are silenced. */
export async function uncaught(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  // Expected problems are logged as console errors; keep the test output readable.
  const { error, warn } = console;
  console.error = () => {};
  console.warn = () => {};
  try {
    await fn();
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = error;
    console.warn = warn;
  }
  return seen;
}

/** Each widget and form, as a tag with its attributes and no language: the suites that go through every one. */
export const WIDGET_FORMS = [
  'kz-auto-yoy',
  'kz-auto-yoy mode="change"',
  'kz-plant-share',
  'kz-dealer-sales',
  'kz-output-value',
  'kz-recovery',
  'kz-plants-map',
  'kz-brands',
  'kz-fact fact="dealer-sales-2016"',
  'kz-fact fact="dealer-sales-2016" compare="dealer-sales-2015"',
];

/** One of each widget and form, in mixed languages: what the page-level suites draw. */
export const WIDGETS = [
  '<kz-auto-yoy lang="kk"></kz-auto-yoy>',
  '<kz-auto-yoy lang="ru" mode="change"></kz-auto-yoy>',
  '<kz-plant-share lang="en"></kz-plant-share>',
  '<kz-dealer-sales lang="ru"></kz-dealer-sales>',
  '<kz-output-value lang="kk"></kz-output-value>',
  '<kz-recovery lang="en"></kz-recovery>',
  '<kz-plants-map lang="ru"></kz-plants-map>',
  '<kz-brands lang="en"></kz-brands>',
  '<kz-fact lang="kk" fact="dealer-sales-2016"></kz-fact>',
  '<kz-fact lang="ru" fact="dealer-sales-2016" compare="dealer-sales-2015"></kz-fact>',
];

/** Waits until `check()` holds, polling; fails naming `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The widget shows a chart. */
export const drawn = (el: Element) => !!el.shadowRoot?.querySelector('svg.plot');
/** The widget shows a chart or a message: it has finished loading. */
export const settled = (el: Element) => !!el.shadowRoot?.querySelector('svg.plot, .error');
/** The lines of the widget's message, under its heading. */
export const errorText = (el: Element) => texts(el, '.error p').join(' ');

/** The text of the CSV file the widget's menu downloads (the download itself is cancelled). */
export async function downloadCsv(el: LitElement): Promise<string> {
  let csv = '';
  const onExport = (e: Event) => {
    e.preventDefault();
    void (e as CustomEvent<{ blob: Blob }>).detail.blob.text().then((t) => (csv = t));
  };
  el.addEventListener('kz-export', onExport);
  el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="csv"]')!.click();
  await until(() => csv !== '', `${el.localName} csv`);
  el.removeEventListener('kz-export', onExport);
  return csv;
}

/**
 * A checked-in file (golden SVG, copy file) compared with what was rendered: the test server
 * stores `actual` when asked to (UPDATE_* = 1) and answers with the stored file. Undefined when
 * they agree; otherwise the first line that differs, counted from 0, and both versions' lines.
 */
export async function storedDiff(route: string, actual: string): Promise<{ line: number; stored: string[]; now: string[] } | undefined> {
  const res = await fetch(route, { method: 'PUT', body: actual });
  expect(res.status, await res.clone().text()).to.equal(200);
  const expected = await res.text();
  if (actual === expected) return undefined;
  const now = actual.split('\n');
  const stored = expected.split('\n');
  return { line: now.findIndex((l, i) => l !== stored[i]), stored, now };
}
