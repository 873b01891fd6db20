import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { KzAutoYoy } from '../src/elements/kz-auto-yoy.js';
import type { ExportEventDetail } from '../src/elements/export.js';
import { parseCsv } from '../src/data/csv.js';
import { parseData } from '../src/data/schema.js';
import { shareData, yoyData } from '../src/data/widgets.js';
import { bundledShareData, bundledYoyData } from '../src/data/widgets.js';
import { VERSION } from '../src/export/version.js';
import { scriptUrl } from '../src/export/embed.js';
import { mount, NBSP, nextRender } from './helpers.js';

const today = () => {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

/** Chooses a menu item with the keyboard and returns the file the widget offered. */
async function exportWith(el: HTMLElement, action: string): Promise<ExportEventDetail> {
  const offered = new Promise<ExportEventDetail>((resolve) =>
    el.addEventListener(
      'kz-export',
      (e) => {
        e.preventDefault(); // no real download in a test
        resolve((e as CustomEvent<ExportEventDetail>).detail);
      },
      { once: true },
    ),
  );
  el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.focus();
  await sendKeys({ press: 'Enter' });
  await (el as KzAutoYoy).updateComplete;
  const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')];
  const index = items.findIndex((i) => i.dataset.action === action);
  for (let i = 0; i < index; i += 1) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  return offered;
}

describe('download-and-share menu', () => {
  it('works from the keyboard like a menu button', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
    const root = el.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('.menu-button')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-label')).to.equal('Download or share: Vehicle output in Kazakhstan fell by 22%');
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const labels = [...root.querySelectorAll('[role=menuitem]')].map((i) => i.textContent);
    expect(labels).to.deep.equal(['Chart as SVG', 'Chart as PNG image', 'Data as CSV', 'Copy embed code']);
    expect(root.activeElement?.textContent).to.equal('Chart as SVG');
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement?.textContent).to.equal('Chart as PNG image');
    await sendKeys({ press: 'End' });
    expect(root.activeElement?.textContent).to.equal('Copy embed code');
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement?.textContent).to.equal('Chart as SVG');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root.querySelector('[role=menu]')).to.equal(null);
    expect(root.activeElement).to.equal(button);
  });

  it('speaks the widget language and can be turned off', async () => {
    const kk = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="kk"></kz-auto-yoy>`);
    expect(kk.shadowRoot!.querySelector('.menu-button')!.textContent!.trim()).to.equal('Жүктеп алу ▾');
    const off = await mount<KzAutoYoy>(html`<kz-auto-yoy no-menu></kz-auto-yoy>`);
    expect(off.shadowRoot!.querySelector('.menu')).to.equal(null);
  });

  it('downloads the chart as an SVG that parses and shows the numbers', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="ru"></kz-auto-yoy>`, 600);
    const file = await exportWith(el, 'svg');
    expect(file.fileName).to.equal(`kz-auto-yoy-ru-${today()}.svg`);
    expect(file.blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    // The picture has a 16 px margin around the 600 px widget.
    expect(doc.documentElement.getAttribute('width')).to.equal('632');
    const text = doc.documentElement.textContent!;
    for (const figure of [`8${NBSP}157`, `≈10${NBSP}800`, 'Источник:']) expect(text).to.contain(figure);
    expect(el.shadowRoot!.querySelector('.menu-status')!.textContent).to.equal(`Сохранён файл kz-auto-yoy-ru-${today()}.svg.`);
  });

  it('downloads a PNG that decodes at twice the chart size', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="kk" mode="change"></kz-auto-yoy>`, 500);
    await nextRender(el); // the plot has stretched to fill its box
    const svg = await exportWith(el, 'svg');
    const height = Number(new DOMParser().parseFromString(await svg.blob.text(), 'image/svg+xml').documentElement.getAttribute('height'));
    const png = await exportWith(el, 'png');
    expect(png.fileName).to.equal(`kz-auto-yoy-kk-${today()}.png`);
    expect(png.blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png.blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([1064, height * 2]);
  });

  it('downloads the data as CSV that reads back as the same data, with its sources', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
    const file = await exportWith(el, 'csv');
    expect(file.fileName).to.equal(`kz-auto-yoy-en-${today()}.csv`);
    const text = await file.blob.text();
    const parsed = parseCsv(text);
    expect(parsed.columns).to.include.members(['source', 'source_facts']);
    expect(parsed.rows[0]!.source).to.equal('KazAvtoProm industry union, via Vremya Vostoka');
    expect(parsed.rows[0]!.source_facts).to.equal('passenger-production-2016 passenger-change-2016 passenger-production-2015-est');
    const back = parseData(parsed, yoyData);
    expect(back.ok, JSON.stringify(back)).to.equal(true);
    expect(back.ok && back.data.data).to.deep.equal(bundledYoyData());

    const share = document.createElement('kz-plant-share');
    (el.parentElement as HTMLElement).append(share);
    await share.updateComplete;
    const shareCsv = parseCsv(await (await exportWith(share, 'csv')).blob.text());
    const shareBack = parseData(shareCsv, shareData);
    expect(shareBack.ok && shareBack.data.data.points).to.deep.equal(bundledShareData().points);
  });

  it('copies the embed code, or offers it to copy by hand where the clipboard is blocked', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="kk" mode="change" theme="dark"></kz-auto-yoy>`);
    const expected =
      '<script src="https://unpkg.com/kz-auto-charts@0/dist/kz-auto-charts.js"></script>\n' +
      '<kz-auto-yoy lang="kk" theme="dark" mode="change"></kz-auto-yoy>';
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    let copied = '';
    let allow = true;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (s: string) => (allow ? (copied = s) : Promise.reject(new Error('denied'))) },
    });
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action=embed]')!.click();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(copied).to.equal(expected);
      expect(el.shadowRoot!.querySelector('.menu-status')!.textContent).to.equal('Ендіру коды көшірілді.');
      allow = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action=embed]')!.click();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal(expected);
    } finally {
      Object.defineProperty(navigator, 'clipboard', original);
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('embeds the released version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });

  it('CDN addresses are pinned to the major version and name files that ship', async () => {
    const schema = (await (await fetch('/dist/schemas/kz-fact.v1.json')).json()) as { $id: string };
    for (const url of [scriptUrl, schema.$id]) {
      expect(url).to.match(new RegExp(`^https://unpkg\\.com/kz-auto-charts@${VERSION.split('.')[0]}/dist/`));
      const local = url.replace(/^https:\/\/unpkg\.com\/kz-auto-charts@\d+\//, '/');
      expect((await fetch(local)).status, local).to.equal(200);
    }
  });
});
