import type { LitElement } from 'lit';
import { until } from './helpers.js';

/**
 * Every text a reader meets in a drawn widget, as labelled lines for a copy file: what is on
 * screen, what a screen reader announces, the data table and the CSV download, in the order the
 * widget shows them. A copy editor reads the file, so it says only what a reader would see.
 */

/**
 * Spaces a copy editor must see. Ordinary spaces and line breaks are collapsed as the browser
 * shows them; the markers themselves, met in a text, are written as code points so that a marker
 * always means a space.
 */
export const SPACE_KEY = [
  '⍽ = no-break space (U+00A0)',
  '· = narrow no-break space (U+202F)',
  '⟨U+XXXX⟩ = any other invisible or special space (thin space, zero-width space, soft hyphen…), or a literal ⍽ or ·',
];

export function visible(text: string): string {
  return text.replace(/[\u00a0\u202f\u00b7\u237d\u00ad\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202e\u205f-\u2064\u3000\ufeff]/g, (c) => {
    if (c === '\u00a0') return '⍽';
    if (c === '\u202f') return '·';
    return `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}

/** Text as the browser shows it: runs of ordinary white space as one space. */
const shown = (text: string | null | undefined) => visible((text ?? '').replace(/[ \t\n\r]+/g, ' ').trim());

/** What each element of the frame is called in the copy file, in the frame's order. */
const PARTS: [selector: string, heading: string][] = [
  ['.title', 'Title'],
  ['.subtitle', 'Subtitle'],
  ['.headline', 'Headline'],
  ['.notice', 'Notice'],
  ['.legend li', 'Legend'],
];

const FOOT: [selector: string, heading: string][] = [
  ['.note', 'Notes'],
  ['.source', 'Source line'],
];

/** Attributes whose text a screen reader announces or a pointer shows. */
const SPOKEN = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];

type Widget = LitElement;

class Lines {
  readonly out: string[] = [];
  section(heading: string, lines: string[]) {
    this.out.push(`## ${heading}`);
    this.out.push(...(lines.length ? lines : ['(none)']));
    this.out.push('');
  }
}

/** The labelled reader text of a drawn widget; opens its menu, focuses each mark and downloads the CSV on the way. */
export async function readerText(el: Widget): Promise<string[]> {
  const root = el.shadowRoot!;
  const all = <E extends Element = Element>(selector: string) => [...root.querySelectorAll<E>(selector)];
  const covered = new Set<Node>();
  const take = (selector: string) =>
    all(selector).map((n) => {
      covered.add(n);
      return shown(n.textContent);
    });
  const lines = new Lines();

  for (const [selector, heading] of PARTS) {
    const found = take(selector);
    // A widget without a headline or a notice need not say so in every variant.
    if (found.length || selector === '.title' || selector === '.subtitle') lines.section(heading, found);
  }

  const figure = root.querySelector('figure')!;
  const byId = (ids: string | null) =>
    (ids ?? '').split(/\s+/).filter(Boolean).map((id) => shown(root.getElementById(id)?.textContent)).join(' ');
  const summary = root.getElementById('summary');
  if (summary) covered.add(summary);
  lines.section('Screen reader: the figure', [
    `name: ${byId(figure.getAttribute('aria-labelledby'))}`,
    `description: ${byId(figure.getAttribute('aria-describedby'))}`,
  ]);

  const plot = root.querySelector('svg.plot')!;
  lines.section('Screen reader: the chart', [`name: ${shown(plot.getAttribute('aria-label'))}`]);
  lines.section('Chart labels, in drawing order', take('svg.plot text'));

  lines.section('Marks: name · tooltip · announced on focus', await readMarks(el));

  const table = root.querySelector('table')!;
  covered.add(table);
  lines.section('Data table', readTable(table));

  for (const [selector, heading] of FOOT) lines.section(heading, take(selector));
  lines.section('Controls', await readControls(el, covered));

  // Whatever else the widget shows or says, so no text escapes the file.
  const rest: string[] = [];
  const live = root.querySelector('.plot-area [role=status]');
  if (live) covered.add(live);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    // A covered element's text is in a section above: skip it and all inside it.
    acceptNode: (n) => (covered.has(n) || n.nodeName === 'STYLE' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = shown(node.textContent);
      if (t) rest.push(`${describe(node.parentElement)}: ${t}`);
      continue;
    }
    const e = node as Element;
    if (e.hasAttribute('data-mark') || e === plot) continue;
    for (const name of SPOKEN) {
      const value = shown(e.getAttribute(name));
      if (value) rest.push(`${describe(e)} ${name}: ${value}`);
    }
  }
  lines.section('Other text and accessible names', rest);

  const csv = await readCsv(el);
  lines.section(`CSV download: ${csv.name}`, csv.text);
  lines.section('Said after the download', [csv.status]);
  return lines.out;
}

/** An element as `tag.class`, stable across runs (no ids, no positions). */
function describe(e: Element | null): string {
  if (!e) return '?';
  const cls = [...e.classList].filter((c) => c !== 'visually-hidden').join('.');
  return `${e.localName}${cls ? `.${cls}` : ''}`;
}

function readTable(table: HTMLTableElement): string[] {
  const cells = (row: HTMLTableRowElement) => [...row.cells].map((c) => shown(c.textContent)).join(' | ');
  const head = [...table.tHead!.rows].map(cells);
  const body = [...table.tBodies].flatMap((b) => [...b.rows].map(cells));
  return [`caption: ${shown(table.caption?.textContent)}`, ...head.map((r) => `header: ${r}`), ...body.map((r) => `row: ${r}`)];
}

/** Each mark focused in turn, as a keyboard reader meets it. */
async function readMarks(el: Widget): Promise<string[]> {
  const root = el.shadowRoot!;
  const marks = [...root.querySelectorAll<SVGElement>('[data-mark]')].sort(
    (a, b) => Number(a.dataset.mark) - Number(b.dataset.mark),
  );
  const out: string[] = [];
  for (const mark of marks) {
    const index = mark.dataset.mark;
    root.querySelector<SVGElement>(`[data-mark="${index}"]`)!.focus();
    await el.updateComplete;
    const tooltip = [...root.querySelectorAll('.tooltip > *')].map((n) => shown(n.textContent));
    const live = shown(root.querySelector('.plot-area [role=status]')?.textContent);
    out.push(`${Number(index) + 1}. name: ${shown(root.querySelector(`[data-mark="${index}"]`)!.getAttribute('aria-label'))}`);
    out.push(`   tooltip: ${tooltip.length ? tooltip.join(' / ') : '(none)'}`);
    out.push(`   announced: ${live || '(nothing)'}`);
  }
  (root.activeElement as HTMLElement | SVGElement | null)?.blur();
  await el.updateComplete;
  return out;
}

/** The table toggle both ways, and the menu open. */
async function readControls(el: Widget, covered: Set<Node>): Promise<string[]> {
  const root = el.shadowRoot!;
  const out: string[] = [];
  const toggle = root.querySelector<HTMLElement>('.table-toggle > summary');
  if (toggle) {
    covered.add(toggle.parentElement!);
    // The label that applies; the other one is written too, and hidden.
    out.push(`table button: ${shown(toggle.innerText)}`);
    toggle.click();
    await until(() => (toggle.parentElement as HTMLDetailsElement).open, 'the table to open');
    await el.updateComplete;
    out.push(`table button, table shown: ${shown(toggle.innerText)}`);
    toggle.click();
    await until(() => !(toggle.parentElement as HTMLDetailsElement).open, 'the table to close');
    await el.updateComplete;
  }
  const menu = root.querySelector('.menu');
  if (menu) {
    covered.add(menu);
    const button = root.querySelector<HTMLButtonElement>('.menu-button')!;
    out.push(`menu button: ${shown(button.textContent)}`);
    out.push(`menu button, name: ${shown(button.getAttribute('aria-label'))}`);
    button.click();
    await el.updateComplete;
    const list = root.querySelector('.menu-list');
    out.push(`menu, name: ${shown(list?.getAttribute('aria-label'))}`);
    for (const item of root.querySelectorAll('.menu-list [role=menuitem]')) out.push(`menu item: ${shown(item.textContent)}`);
    root.querySelector<HTMLButtonElement>('.menu-button')!.click();
    await el.updateComplete;
  }
  return out;
}

/** The day of the download in its file name, which would change the file every day. */
const undated = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}/g, 'YYYY-MM-DD');

/** The CSV the menu downloads (the download itself cancelled), line by line, and what the widget says after it. */
async function readCsv(el: Widget): Promise<{ name: string; text: string[]; status: string }> {
  let file: { name: string; text: string } | undefined;
  const onExport = (e: Event) => {
    e.preventDefault();
    const { blob, fileName } = (e as CustomEvent<{ blob: Blob; fileName: string }>).detail;
    void blob.text().then((text) => (file = { name: fileName, text }));
  };
  el.addEventListener('kz-export', onExport);
  try {
    el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="csv"]')!.click();
    await until(() => file !== undefined, `${el.localName} csv`);
    const status = () => shown(el.shadowRoot!.querySelector('.menu-status')?.textContent);
    await until(() => status() !== '', `${el.localName} status after the download`);
    return {
      name: undated(file!.name),
      // Blob.text() drops the byte-order mark; line ends are not text a reader meets.
      text: file!.text.replace(/\r?\n$/, '').split(/\r?\n/).map((l) => visible(l)),
      status: undated(status()),
    };
  } finally {
    el.removeEventListener('kz-export', onExport);
  }
}
