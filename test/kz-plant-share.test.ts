import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/elements/kz-plant-share.js';
import type { KzPlantShare } from '../src/elements/kz-plant-share.js';
import { captureConsole, mount, nextRender, NBSP, text, texts } from './helpers.js';

describe('<kz-plant-share>', () => {
  it('shows 11% and 24% as parts of two whole bars, with the change, in English', async () => {
    const el = await mount<KzPlantShare>(html`<kz-plant-share lang="en"></kz-plant-share>`);
    expect(text(el, '.title')).to.equal('Kazakhstan-assembled cars’ share of official sales rose from 11% to 24%');
    expect(text(el, '.subtitle')).to.equal(
      'Share of cars assembled in Kazakhstan in official car sales, March 2015 and March 2016,\u00a0%',
    );
    expect(texts(el, '.category')).to.deep.equal(['March 2015', 'March 2016']);
    expect(texts(el, 'svg.plot .value')).to.deep.equal(['11%', '89%', '24%', '76%']);
    expect(text(el, '.annotation')).to.equal('+13 percentage points in a year');
    expect(text(el, '.note')).to.equal(
      'Note: Assembly plants named in the source: Asia Auto in Oskemen (Ust-Kamenogorsk), SaryarkaAvtoProm in Kostanay.',
    );
    expect(text(el, '.source')).to.equal('Source: inform.kz');
  });

  it('draws each part in proportion to its bar', async () => {
    const el = await mount<KzPlantShare>(html`<kz-plant-share lang="en"></kz-plant-share>`, 500);
    const parts = [...el.shadowRoot!.querySelectorAll('svg.plot rect.bar--local')].map((r) => Number(r.getAttribute('width')));
    const rests = [...el.shadowRoot!.querySelectorAll('svg.plot rect.bar--other')].map((r) => Number(r.getAttribute('width')));
    expect(parts).to.deep.equal([55, 120]);
    expect(parts.map((p, i) => p + rests[i]!)).to.deep.equal([500, 500]);
  });

  it('speaks Russian and Kazakh', async () => {
    const ru = await mount<KzPlantShare>(html`<kz-plant-share lang="ru"></kz-plant-share>`);
    expect(text(ru, '.title')).to.equal(`Доля местной сборки в официальных продажах выросла с 11 до 24${NBSP}%`);
    expect(texts(ru, '.category')).to.deep.equal(['март 2015', 'март 2016']);
    expect(texts(ru, 'svg.plot .value')).to.deep.equal([`11${NBSP}%`, `89${NBSP}%`, `24${NBSP}%`, `76${NBSP}%`]);
    expect(text(ru, '.annotation')).to.equal(`+13${NBSP}процентных пунктов за год`);
    expect(text(ru, '.note')).to.contain('«Азия Авто» (Усть-Каменогорск), «СарыаркаАвтоПром» (Костанай)');

    const kk = await mount<KzPlantShare>(html`<kz-plant-share lang="kk"></kz-plant-share>`);
    expect(text(kk, '.title')).to.equal(`Ресми саудадағы отандық көліктер үлесі 11-ден 24${NBSP}пайызға өсті`);
    expect(texts(kk, '.category')).to.deep.equal([`2015${NBSP}жылғы наурыз`, `2016${NBSP}жылғы наурыз`]);
    expect(text(kk, '.annotation')).to.equal(`Бір жылда +13${NBSP}пайыздық пункт`);
    expect(text(kk, '.note')).to.contain('Өскемен қаласындағы «Азия Авто», Қостанай қаласындағы «СарыарқаАвтоПром»');
    expect(text(kk, '.source')).to.equal('Дереккөз: inform.kz');
  });

  it('describes itself in a sentence and in a table', async () => {
    const el = await mount<KzPlantShare>(html`<kz-plant-share lang="en"></kz-plant-share>`);
    expect(text(el, '#summary')).to.equal(
      'Two 100% bars. Share of Kazakhstan-assembled cars in official sales: March 2015, 11%; March 2016, 24%; a change of +13 percentage points.',
    );
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).to.deep.equal([
      ['March 2015', '11', '89'],
      ['March 2016', '24', '76'],
    ]);
  });

  it('keeps the part label readable at 280 px, outside the part when it does not fit', async () => {
    const el = await mount<KzPlantShare>(html`<kz-plant-share lang="ru"></kz-plant-share>`, 280);
    const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
    expect(plot.width).to.equal(280);
    for (const label of el.shadowRoot!.querySelectorAll('svg.plot text')) {
      const box = label.getBoundingClientRect();
      expect(box.right).to.be.at.most(plot.right + 0.5);
    }
    (el.parentElement as HTMLElement).style.width = '1000px';
    await nextRender(el);
    expect(el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect().width).to.equal(1000);
  });

  it('draws in English and says so for an unsupported lang', async () => {
    let el!: KzPlantShare;
    const calls = await captureConsole(async () => {
      el = await mount<KzPlantShare>(html`<kz-plant-share lang="fr"></kz-plant-share>`);
    });
    expect(text(el, '.notice')).to.equal('Unsupported language "fr". Accepted: kk, ru, en. Showing English.');
    expect(texts(el, '.category')).to.deep.equal(['March 2015', 'March 2016']);
    expect(calls).to.have.length(1);
  });
});

describe('<kz-plant-share> labels and bars', () => {
  it('puts a share too small for its segment under its own segment, never inside the other one', async () => {
    for (const lang of ['ru', 'kk', 'en']) {
      for (const width of [280, 360]) {
        const el = await mount<KzPlantShare>(html`<kz-plant-share lang=${lang}></kz-plant-share>`, width);
        const root = el.shadowRoot!;
        const row = root.querySelector('svg.plot g.group')!;
        const part = row.querySelector('rect.bar--local')!.getBoundingClientRect();
        const rest = row.querySelector('rect.bar--other')!.getBoundingClientRect();
        const label = [...row.querySelectorAll('text.value')].find((t) => /11/.test(t.textContent!))!;
        const box = label.getBoundingClientRect();
        const inRest = box.right > rest.left + 1 && box.left < rest.right && box.bottom > rest.top && box.top < rest.bottom;
        expect(inRest, `${lang} ${width}: "${label.textContent}" inside the other segment`).to.equal(false);
        expect(box.left, `${lang} ${width}`).to.be.at.most(part.right);
        el.parentElement!.remove();
      }
    }
  });

  it('keeps bars 22–28 px thick however tall the box', async () => {
    for (const width of [280, 360, 960]) {
      const el = await mount<KzPlantShare>(html`<kz-plant-share lang="kk"></kz-plant-share>`, width);
      for (const bar of el.shadowRoot!.querySelectorAll('svg.plot rect.bar--local')) {
        const h = bar.getBoundingClientRect().height;
        expect(h, `${width}`).to.be.within(21.5, 28.5);
      }
      el.parentElement!.remove();
    }
  });
});
