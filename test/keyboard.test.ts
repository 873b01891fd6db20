import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { sendKeys, executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { mount, nextRender, until } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const NBSP = '\u00a0';
const live = (el: Element) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!;
const focused = (el: Element) => el.shadowRoot!.activeElement;

/** Tabs into the widget from a button placed before it, as a keyboard user would arrive. */
async function tabInto(template: TemplateResult, width = 640): Promise<Widget> {
  const el = await mount<Widget & import('lit').LitElement>(template, width);
  const before = document.createElement('button');
  before.textContent = 'before';
  el.parentElement!.prepend(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
  return el;
}

/** Walks every mark with → and returns what the live region said at each. */
async function walk(el: Widget): Promise<string[]> {
  const said = [live(el)];
  const count = el.shadowRoot!.querySelectorAll('[data-mark]').length;
  for (let i = 1; i < count; i += 1) {
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    said.push(live(el));
  }
  return said;
}

describe('keyboard: every mark of every widget', () => {
  it('kz-auto-yoy: one tab stop, → walks all eight bars (the total’s two as well) and the live region reads each', async () => {
    const el = await tabInto(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
    expect(focused(el)?.getAttribute('data-mark')).to.equal('0');
    expect(await walk(el)).to.deep.equal([
      'Passenger cars, 2015 (est.): ≈10,800 vehicles, January–November 2015. Estimate computed from reported figures.',
      'Passenger cars, 2016: 8,157 vehicles, January–November 2016. Reported in the source.',
      'Trucks, 2015 (est.): ≈1,330 vehicles, January–November 2015. Estimate computed from reported figures.',
      'Trucks, 2016: 1,431 vehicles, January–November 2016. Reported in the source.',
      'Buses, 2015 (est.): ≈195 vehicles, January–November 2015. Estimate computed from reported figures.',
      'Buses, 2016: 174 vehicles, January–November 2016. Reported in the source.',
      'All vehicles, 2015 (est.): ≈13,000 vehicles, January–November 2015. Estimate computed from reported figures.',
      'All vehicles, 2016: 10,125 vehicles, January–November 2016. Reported in the source.',
    ]);
    // ↑ ↓ move between vehicle types within the same year; Home and End jump.
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)?.getAttribute('data-mark')).to.equal('5');
    await sendKeys({ press: 'Home' });
    expect(focused(el)?.getAttribute('data-mark')).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.getAttribute('data-mark')).to.equal('2');
    await sendKeys({ press: 'End' });
    expect(focused(el)?.getAttribute('data-mark')).to.equal('7');
    // The tab stop stays on the last mark visited; Tab leaves the chart, not to the next bar.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.localName).to.equal('summary');
    expect(focused(el)?.parentElement?.className).to.equal('table-toggle');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.getAttribute('data-mark')).to.equal('7');
    // Escape leaves the marks and closes the tooltip.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')).to.equal(null);
    expect(focused(el)?.className).to.equal('plot-area');
  });

  it('kz-auto-yoy mode="change": four bars in Russian', async () => {
    const el = await tabInto(html`<kz-auto-yoy lang="ru" mode="change"></kz-auto-yoy>`);
    expect(await walk(el)).to.deep.equal([
      `Легковые автомобили, изменение к прошлому году: −24,5${NBSP}%, январь–ноябрь 2016${NBSP}года. По данным источника.`,
      `Грузовые автомобили, изменение к прошлому году: +8${NBSP}%, январь–ноябрь 2016${NBSP}года. По данным источника.`,
      `Автобусы, изменение к прошлому году: −10,8${NBSP}%, январь–ноябрь 2016${NBSP}года. По данным источника.`,
      `Вся техника, изменение к прошлому году: −22${NBSP}%, январь–ноябрь 2016${NBSP}года. По данным источника.`,
    ]);
  });

  it('kz-plant-share: the part and the rest of each month, in Kazakh', async () => {
    const el = await tabInto(html`<kz-plant-share lang="kk"></kz-plant-share>`);
    expect(await walk(el)).to.deep.equal([
      `2015${NBSP}жылғы наурыз, Қазақстанда құрастырылған: 11${NBSP}%. Дереккөз деректері бойынша.`,
      `2015${NBSP}жылғы наурыз, Басқа автокөліктер: 89${NBSP}%. Жарияланған деректерден дәл есептелген.`,
      `2016${NBSP}жылғы наурыз, Қазақстанда құрастырылған: 24${NBSP}%. Дереккөз деректері бойынша.`,
      `2016${NBSP}жылғы наурыз, Басқа автокөліктер: 76${NBSP}%. Жарияланған деректерден дәл есептелген.`,
    ]);
  });

  it('shows focus with a 2 px ring of at least 3:1', async () => {
    const el = await tabInto(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
    const style = getComputedStyle(focused(el)!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(style.outlineColor).to.equal('rgb(31, 41, 55)'); // #1f2937 on white: 14.7:1
  });
});

it('keeps one tab stop when the marks change under it', async () => {
  const el = await tabInto(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
  await sendKeys({ press: 'End' });
  await el.updateComplete;
  el.setAttribute('segments', 'trucks');
  await el.updateComplete;
  const stops = [...el.shadowRoot!.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('tabindex'));
  expect(stops).to.deep.equal(['0', '-1']);
});

describe('keyboard: the new widgets', () => {
  it('kz-plants-map: → goes from Oskemen to Kostanay, and the live region reads the figures', async () => {
    const el = await tabInto(html`<kz-plants-map lang="en"></kz-plants-map>`);
    expect(await walk(el)).to.deep.equal([
      'Asia Auto, Oskemen (Ust-Kamenogorsk). Vehicles produced by the Asia Auto plant: 2,369 cars (July–November 2016). Change in Asia Auto output compared with a year earlier: +44% (July–November 2016). Reported in the source.',
      'SaryarkaAvtoProm, Kostanay. Kostanay as a whole, not this plant alone. Vehicles assembled in Kostanay: 25 thousand vehicles (over the last six years). Global brands assembled in Kostanay: 7 brands (over the last six years). Estimated cost of building the Kostanay industrial zone: more than 2 billion tenge (when construction was announced). Reported in the source.',
    ]);
  });

  it('kz-brands: ↓ moves to the next country, → through every brand', async () => {
    const el = await tabInto(html`<kz-brands lang="en"></kz-brands>`);
    const said = await walk(el);
    expect(said).to.have.length(7);
    expect(said[6]).to.equal('Lada, Russia: Asia Auto said it would start assembling it. Reported in the source.');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(live(el)).to.match(/^Peugeot, France/);
  });

  it('kz-dealer-sales and kz-recovery: every bar is reachable and read with its value', async () => {
    const sales = await tabInto(html`<kz-dealer-sales lang="kk"></kz-dealer-sales>`);
    expect(await walk(sales)).to.have.length(4);
    expect(live(sales)).to.equal(`Қазақстанда шығарылғаны, 2016: 8${NBSP}157${NBSP}автокөлік, 2016${NBSP}жылғы қаңтар–қараша. Дереккөз деректері бойынша.`);
    const recovery = await tabInto(html`<kz-recovery lang="en"></kz-recovery>`);
    expect(await walk(recovery)).to.deep.equal([
      'January–June 2016, All producers: −56%. Reported in the source.',
      'January–November 2016, All producers: −22%. Reported in the source.',
      'Asia Auto, change compared with a year earlier: +44%, July–November 2016. Reported in the source.',
    ]);
  });
});

describe('tooltips', () => {
  const overlaps = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

  for (const [name, template] of [
    ['kz-auto-yoy', html`<kz-auto-yoy lang="kk"></kz-auto-yoy>`],
    ['kz-auto-yoy change', html`<kz-auto-yoy lang="ru" mode="change"></kz-auto-yoy>`],
    ['kz-plant-share', html`<kz-plant-share lang="kk"></kz-plant-share>`],
    ['kz-dealer-sales', html`<kz-dealer-sales lang="ru"></kz-dealer-sales>`],
    ['kz-output-value', html`<kz-output-value lang="kk"></kz-output-value>`],
    ['kz-recovery', html`<kz-recovery lang="kk"></kz-recovery>`],
    ['kz-plants-map', html`<kz-plants-map lang="ru"></kz-plants-map>`],
    ['kz-brands', html`<kz-brands lang="kk"></kz-brands>`],
    ['kz-fact', html`<kz-fact lang="ru" fact="dealer-sales-2016" compare="dealer-sales-2015"></kz-fact>`],
  ] as const) {
    it(`${name}: never over its mark, always inside the widget at 320 px`, async () => {
      const el = await tabInto(template, 320);
      await nextRender(el as never);
      const box = el.getBoundingClientRect();
      const count = el.shadowRoot!.querySelectorAll('[data-mark]').length;
      for (let i = 0; i < count; i += 1) {
        await el.updateComplete;
        const tip = el.shadowRoot!.querySelector('.tooltip')!;
        const mark = el.shadowRoot!.querySelector(`[data-mark="${i}"]`)!.getBoundingClientRect();
        const t = tip.getBoundingClientRect();
        expect(overlaps(t, mark), `tooltip ${i} over its mark`).to.equal(false);
        expect(t.left).to.be.at.least(box.left - 0.5);
        expect(t.right).to.be.at.most(box.right + 0.5);
        expect(t.top).to.be.at.least(box.top - 0.5);
        expect(t.bottom).to.be.at.most(box.bottom + 0.5);
        await sendKeys({ press: 'ArrowRight' });
      }
    });
  }

  it('opens on hover and on touch with the value, label, period and status', async () => {
    const el = await mount<Widget & import('lit').LitElement>(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
    const bar = el.shadowRoot!.querySelector('[data-mark="1"]')!;
    bar.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await el.updateComplete;
    const text = () => [...el.shadowRoot!.querySelectorAll('.tooltip > *')].map((n) => n.textContent);
    expect(text()).to.deep.equal(['Passenger cars', '2016: 8,157 vehicles', 'January–November 2016', 'Reported in the source']);
    bar.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')).to.equal(null);
    const estimate = el.shadowRoot!.querySelector('[data-mark="0"]')!;
    estimate.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
    await el.updateComplete;
    expect(text()).to.deep.equal([
      'Passenger cars',
      '2015 (est.): ≈10,800 vehicles',
      'January–November 2015',
      'Estimate computed from reported figures',
    ]);
    estimate.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')).to.equal(null);
  });

  it('appears without animation when the reader asks for reduced motion', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    try {
      const el = await tabInto(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.tooltip')!).animationName).to.equal('none');
    } finally {
      await executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    }
    const el = await tabInto(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.tooltip')!).animationName).to.equal('kz-fade-in');
  });
});

describe('data table and text size', () => {
  it('"Show table" shows the table to everyone and says so', async () => {
    const el = await mount<Widget & import('lit').LitElement>(html`<kz-auto-yoy lang="kk"></kz-auto-yoy>`);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.table-toggle')!;
    const toggle = details.querySelector('summary')!;
    // A disclosure: its name is the label that applies, and it says whether it is open.
    expect(toggle.innerText.trim()).to.equal('Кестені көрсету');
    expect(details.open).to.equal(false);
    const table = el.shadowRoot!.querySelector('table')!;
    // Hidden visually (clipped to nothing) but still in the accessibility tree.
    expect(getComputedStyle(table).position).to.equal('absolute');
    expect(getComputedStyle(table).clip).to.equal('rect(0px, 0px, 0px, 0px)');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => details.open, 'the disclosure to open');
    await el.updateComplete;
    expect(toggle.innerText.trim()).to.equal('Кестені жасыру');
    expect(getComputedStyle(table).position).to.equal('static');
    expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
    // Three vehicle types, the vehicles in none of them, and the total.
    expect(table.querySelectorAll('tbody tr').length).to.equal(5);
    // Reached from the keyboard, it shows its focus ring; Space closes it again.
    expect(getComputedStyle(toggle).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Space' });
    await until(() => !details.open, 'the disclosure to close');
    await el.updateComplete;
    expect(toggle.innerText.trim()).to.equal('Кестені көрсету');
    expect(getComputedStyle(table).position).to.equal('absolute');
  });

  it('reflows at 200 % text size: bigger labels, none clipped', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await mount<Widget & import('lit').LitElement>(html`<kz-auto-yoy lang="ru"></kz-auto-yoy>`, 640);
      await nextRender(el as never);
      const plot = el.shadowRoot!.querySelector('svg.plot')!;
      expect(parseFloat(getComputedStyle(plot.querySelector('text')!).fontSize)).to.equal(26);
      const area = plot.getBoundingClientRect();
      for (const text of plot.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        expect(box.right, text.textContent!).to.be.at.most(area.right + 1);
        expect(box.left).to.be.at.least(area.left - 1);
      }
      const figure = el.shadowRoot!.querySelector('figure')!;
      expect(figure.scrollHeight).to.be.at.most(figure.clientHeight + 1);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
