import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/elements/kz-auto-yoy.js';
import type { KzAutoYoy } from '../src/elements/kz-auto-yoy.js';
import { captureConsole, mount, nextRender, NBSP, text, texts } from './helpers.js';

const MINUS = '\u2212';

describe('<kz-auto-yoy>', () => {
  it('shows the reported 2016 figures, the estimated 2015 ones and the changes in English', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
    expect(text(el, '.title')).to.equal('Vehicle output in Kazakhstan fell by 22%');
    expect(text(el, '.headline')).to.equal('10,125 vehicles produced in all');
    // Each type's change is read on its label's line, right after its name.
    expect(texts(el, '.category')).to.deep.equal([`Passenger cars ${MINUS}24.5%`, 'Trucks +8%', `Buses ${MINUS}10.8%`, `All vehicles ${MINUS}22%`]);
    expect(texts(el, '.annotation')).to.deep.equal([`${MINUS}24.5%`, '+8%', `${MINUS}10.8%`, `${MINUS}22%`]);
    expect(texts(el, '.value--current')).to.deep.equal(['8,157', '1,431', '174', '10,125']);
    // 8157 / (1 − 0.245) = 10,804.0 in 10,797–10,811, so ≈10,800; 1431 / 1.08 = 1,325.0 in 1,319–1,331, so ≈1,330;
    // the total 10,125 / 0.78 = 12,981, so ≈13,000
    expect(texts(el, '.value--estimate')).to.deep.equal(['≈10,800', '≈1,330', '≈195', '≈13,000']);
    expect(texts(el, '.legend li')).to.deep.equal(['2015 (est.)', '2016']);
    expect(text(el, '.subtitle')).to.contain('January–November 2016');
    expect(text(el, '.note')).to.contain('2015 values are estimates');
    expect(text(el, '.source')).to.equal('Source: KazAvtoProm industry union, via Vremya Vostoka');
  });

  it('speaks Russian with a decimal comma and spaces between thousands', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="ru"></kz-auto-yoy>`);
    expect(text(el, '.title')).to.equal(`Выпуск автомобилей в Казахстане сократился на 22${NBSP}%`);
    expect(text(el, '.headline')).to.equal(`Всего выпущено 10${NBSP}125${NBSP}единиц техники`);
    expect(texts(el, '.category')).to.deep.equal([
      `Легковые автомобили ${MINUS}24,5${NBSP}%`, `Грузовые автомобили +8${NBSP}%`, `Автобусы ${MINUS}10,8${NBSP}%`, `Вся техника ${MINUS}22${NBSP}%`,
    ]);
    expect(texts(el, '.annotation')).to.deep.equal([`${MINUS}24,5${NBSP}%`, `+8${NBSP}%`, `${MINUS}10,8${NBSP}%`, `${MINUS}22${NBSP}%`]);
    expect(texts(el, '.value--current')).to.deep.equal([`8${NBSP}157`, `1${NBSP}431`, '174', `10${NBSP}125`]);
    expect(texts(el, '.legend li')).to.deep.equal(['2015 (оценка)', '2016']);
    expect(text(el, '.subtitle')).to.contain(`январь–ноябрь 2016${NBSP}года`);
    expect(text(el, '.source')).to.equal('Источник: Союз предприятий автомобильной отрасли «КазАвтоПром» (по сообщению газеты «Время Востока»)');
  });

  it('speaks Kazakh', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="kk"></kz-auto-yoy>`);
    expect(text(el, '.title')).to.equal(`Қазақстанда автокөлік өндірісі 22${NBSP}пайызға қысқарды`);
    expect(text(el, '.headline')).to.equal(`Барлығы 10${NBSP}125${NBSP}автокөлік шығарылды`);
    expect(texts(el, '.category').map((c) => c.replace(/ [−+][\d,]+\u00a0%$/, ''))).to.deep.equal(['Жеңіл автокөліктер', 'Жүк автокөліктері', 'Автобустар', 'Барлық техника']);
    expect(texts(el, '.value--current')).to.deep.equal([`8${NBSP}157`, `1${NBSP}431`, '174', `10${NBSP}125`]);
    expect(texts(el, '.legend li')).to.deep.equal(['2015 (бағалау)', '2016']);
    expect(text(el, '.subtitle')).to.contain(`2016${NBSP}жылғы қаңтар–қараша`);
    expect(text(el, '.source')).to.match(/^Дереккөз: /);
  });

  it('draws the total the title speaks of, set apart, with each change beside its type, not at the far edge', async () => {
    const yoy = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`, 960);
    await yoy.updateComplete;
    await nextRender(yoy);
    const root = yoy.shadowRoot!;
    const total = root.querySelector('.group--summary')!;
    expect(total.querySelector('.category')!.textContent).to.equal(`All vehicles ${MINUS}22%`);
    expect(total.querySelector('.annotation')!.textContent).to.equal(`${MINUS}22%`);
    // A rule sets the total apart, above its label.
    const rule = total.querySelector('line.baseline:first-child')!.getBoundingClientRect();
    expect(rule.bottom).to.be.at.most(total.querySelector('.category')!.getBoundingClientRect().top);
    for (const group of root.querySelectorAll('.group')) {
      // The change is the end of the label's line: nothing after it, and it starts near the name.
      const line = group.querySelector('.category')!.getBoundingClientRect();
      const change = group.querySelector('.annotation')!.getBoundingClientRect();
      expect(Math.abs(change.right - line.right), group.getAttribute('data-key')!).to.be.below(1);
      expect(change.left - line.left, group.getAttribute('data-key')!).to.be.below(200);
      expect(Math.abs(change.top - line.top)).to.be.below(4);
    }
  });

  it('keeps every bar as thick as the others, whatever the box', async () => {
    for (const width of [320, 960]) {
      const yoy = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="kk"></kz-auto-yoy>`, width);
      await yoy.updateComplete;
      await nextRender(yoy);
      const heights = [...yoy.shadowRoot!.querySelectorAll('rect[data-mark]')].map((r) => Math.round(r.getBoundingClientRect().height));
      expect(heights).to.have.length(8);
      for (const h of heights) expect(h, `${width} px`).to.be.within(14, 28);
      expect(new Set(heights).size, `${width} px`).to.equal(1);
    }
  });

  it('opens a tooltip away from the group being compared', async () => {
    const yoy = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`, 360);
    await yoy.updateComplete;
    const root = yoy.shadowRoot!;
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    // Trucks: 2015 and 2016 (marks 2 and 3), then every other mark in turn.
    for (const index of [3, 2, 0, 5, 7]) {
      root.querySelector<SVGElement>(`[data-mark="${index}"]`)!.focus();
      await yoy.updateComplete;
      const tip = root.querySelector('.tooltip')!.getBoundingClientRect();
      const row = Math.floor(index / 2);
      for (const mark of [root.querySelector(`[data-mark="${row * 2}"]`)!, root.querySelector(`[data-mark="${row * 2 + 1}"]`)!]) {
        expect(overlaps(tip, mark.getBoundingClientRect()), `tooltip of mark ${index} over its group`).to.equal(false);
      }
      const host = yoy.getBoundingClientRect();
      expect(tip.left).to.be.at.least(host.left - 0.5);
      expect(tip.right).to.be.at.most(host.right + 0.5);
    }
  });

  it('at 960 px puts the change view\'s tooltip beside the bars, over no bar', async () => {
    const yoy = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="ru" mode="change"></kz-auto-yoy>`, 960);
    await yoy.updateComplete;
    const root = yoy.shadowRoot!;
    const bars = [...root.querySelectorAll('rect[data-mark]')];
    for (let index = 0; index < bars.length; index++) {
      (bars[index] as SVGElement).focus();
      await yoy.updateComplete;
      const tip = root.querySelector('.tooltip')!.getBoundingClientRect();
      for (const bar of bars) {
        const b = bar.getBoundingClientRect();
        expect(tip.left < b.right && b.left < tip.right && tip.top < b.bottom && b.top < tip.bottom, `tooltip of mark ${index}`).to.equal(false);
      }
    }
  });

  it('draws diverging bars of the change with mode="change", total last', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en" mode="change"></kz-auto-yoy>`);
    expect(text(el, '.title')).to.equal('Passenger-car production fell most, by 24.5%');
    expect(texts(el, '.category')).to.deep.equal(['Passenger cars', 'Trucks', 'Buses', 'All vehicles']);
    expect(texts(el, '.value')).to.deep.equal([`${MINUS}24.5%`, '+8%', `${MINUS}10.8%`, `${MINUS}22%`]);
    const bars = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('svg.plot rect.bar')];
    const zero = Number(el.shadowRoot!.querySelector('.baseline')!.getAttribute('x1'));
    // Falls grow left of the zero line, the rise in trucks grows right.
    expect(bars.map((b) => (Number(b.getAttribute('x')) < zero - 1 ? 'left' : 'right'))).to.deep.equal([
      'left', 'right', 'left', 'left',
    ]);
    expect(bars.map((b) => b.classList.contains('bar--down'))).to.deep.equal([true, false, true, true]);
  });

  it('titles the change view after the type that moved most, in each language', async () => {
    const ru = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="ru" mode="change" segments="trucks,buses"></kz-auto-yoy>`);
    expect(text(ru, '.title')).to.equal(`Выпуск автобусов сократился сильнее всего — на 10,8${NBSP}%`);
    const kk = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="kk" mode="change"></kz-auto-yoy>`);
    expect(text(kk, '.title')).to.equal(`Жеңіл автокөлік өндірісі бәрінен көп қысқарды — 24,5${NBSP}пайызға`);
    const one = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="kk" mode="change" segments="trucks"></kz-auto-yoy>`);
    expect(text(one, '.title')).to.equal(`Жүк автокөлігі өндірісі 8${NBSP}пайызға өсті`);
  });

  it('filters vehicle types with segments', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en" segments="buses, trucks"></kz-auto-yoy>`);
    expect(texts(el, '.category')).to.deep.equal(['Trucks +8%', `Buses ${MINUS}10.8%`]);
    expect(texts(el, '.value--current')).to.deep.equal(['1,431', '174']);
    // The total is not drawn, so no headline claims it; the title is about the types drawn.
    expect(el.shadowRoot!.querySelector('.headline')).to.equal(null);
    expect(text(el, '.title')).to.equal('Bus production fell most, by 10.8%');
  });

  it('bar lengths are proportional to the values on a zero baseline', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
    const current = [...el.shadowRoot!.querySelectorAll('svg.plot rect.bar--current')].map((r) => Number(r.getAttribute('width')));
    expect(current[0]! / current[1]!).to.be.closeTo(8157 / 1431, 0.01);
    const x = [...el.shadowRoot!.querySelectorAll('svg.plot rect.bar')].map((r) => r.getAttribute('x'));
    expect(new Set(x)).to.deep.equal(new Set(['0']));
  });

  it('has an accessible name, a one-sentence summary with the numbers and a data table', async () => {
    const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
    const root = el.shadowRoot!;
    const figure = root.querySelector('figure')!;
    expect(root.getElementById(figure.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Vehicle output in Kazakhstan fell by 22%',
    );
    expect(root.getElementById(figure.getAttribute('aria-describedby')!)!.textContent).to.equal(
      `Bar chart. In January–November 2016 Kazakhstan produced 10,125 vehicles, 22% fewer than a year earlier. ` +
        `Passenger cars: 8,157 (${MINUS}24.5%); trucks: 1,431 (+8%); buses: 174 (${MINUS}10.8%).`,
    );
    // The plot is a group of named marks, after the summary in reading order.
    const plot = root.querySelector('svg.plot')!;
    expect(plot.getAttribute('role')).to.equal('group');
    expect(plot.getAttribute('aria-label')).to.equal('Chart with 8 values. Arrow keys move between them; Escape leaves.');
    const order = [...root.querySelectorAll('.title, #summary, svg.plot, .source')].map((n) => n.id || n.getAttribute('class'));
    expect(order).to.deep.equal(['title', 'summary', 'plot', 'source']);
    expect([...plot.querySelectorAll('[role=img]')].map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Passenger cars, 2015 (est.): ≈10,800 vehicles',
      'Passenger cars, 2016: 8,157 vehicles',
      'Trucks, 2015 (est.): ≈1,330 vehicles',
      'Trucks, 2016: 1,431 vehicles',
      'Buses, 2015 (est.): ≈195 vehicles',
      'Buses, 2016: 174 vehicles',
      'All vehicles, 2015 (est.): ≈13,000 vehicles',
      'All vehicles, 2016: 10,125 vehicles',
    ]);
    // Decorative parts (labels repeated by the marks' names, baselines) are hidden from the tree.
    for (const node of plot.querySelectorAll('g.group text, g.group line')) expect(node.getAttribute('aria-hidden')).to.equal('true');
    const rows = [...root.querySelectorAll('table tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).to.deep.equal([
      ['Passenger cars', '≈10,800', '8,157', `${MINUS}24.5%`],
      ['Trucks', '≈1,330', '1,431', '+8%'],
      ['Buses', '≈195', '174', `${MINUS}10.8%`],
      ['Other, not broken down by type', '—', '363', '—'],
      ['All vehicles', '≈13,000', '10,125', `${MINUS}22%`],
    ]);
    expect(text(el, 'caption')).to.equal('Vehicle production by type, January–November 2016, vehicles');
  });

  it('takes the newsroom\'s own title, subtitle, source and note, as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const el = await mount<KzAutoYoy>(
      html`<kz-auto-yoy lang="ru" title="Автопром: минус пятая часть" subtitle=${payload} source="КазАвтоПром" note="Данные предварительные."></kz-auto-yoy>`,
    );
    expect(text(el, '.title')).to.equal('Автопром: минус пятая часть');
    expect(text(el, '.subtitle')).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, '.source')).to.equal('Источник: КазАвтоПром');
    expect(texts(el, '.note')).to.deep.equal(['Примечание. Данные предварительные.']);
    // The accessible name follows the visible title; the host's title attribute shows no tooltip.
    expect(el.shadowRoot!.getElementById('title')!.textContent).to.equal('Автопром: минус пятая часть');
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('title')).to.equal('');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  describe('language', () => {
    it('inherits the closest [lang] ancestor, then the document, then English', async () => {
      const inner = await mount<KzAutoYoy>(html`<section lang="kk"><div lang="ru"><kz-auto-yoy></kz-auto-yoy></div></section>`);
      expect(text(inner, '.title')).to.match(/^Выпуск/);
      document.documentElement.lang = 'kk';
      try {
        const fromDoc = await mount<KzAutoYoy>(html`<kz-auto-yoy></kz-auto-yoy>`);
        expect(text(fromDoc, '.title')).to.match(/^Қазақстанда/);
        document.documentElement.lang = '';
        await nextRender(fromDoc);
        expect(text(fromDoc, '.title')).to.match(/^Vehicle output/);
      } finally {
        document.documentElement.lang = '';
      }
    });

    it('follows a change of its own lang attribute and of the page language', async () => {
      const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`);
      el.setAttribute('lang', 'kk-KZ');
      await el.updateComplete;
      expect(text(el, '.title')).to.match(/^Қазақстанда/);
      expect(el.shadowRoot!.querySelector('figure')!.getAttribute('lang')).to.equal('kk');
    });
  });

  describe('size', () => {
    it('fills its container and redraws after a resize from 320 to 1000 px', async () => {
      const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en"></kz-auto-yoy>`, 320);
      const svgWidth = () => Number(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('width'));
      const longest = () => Number(el.shadowRoot!.querySelector('svg.plot rect.bar--estimate')!.getAttribute('width'));
      expect(svgWidth()).to.equal(320);
      const narrowBar = longest();
      (el.parentElement as HTMLElement).style.width = '1000px';
      await nextRender(el);
      expect(svgWidth()).to.equal(1000);
      expect(el.getBoundingClientRect().width).to.equal(1000);
      expect(longest()).to.be.greaterThan(narrowBar * 2.5);
      // Every value label stays inside the plot.
      for (const width of [320, 1000]) {
        (el.parentElement as HTMLElement).style.width = `${width}px`;
        await nextRender(el);
        const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
        for (const label of el.shadowRoot!.querySelectorAll('svg.plot text')) {
          const box = label.getBoundingClientRect();
          expect(box.right, `${label.textContent} at ${width}px`).to.be.at.most(plot.right + 0.5);
          expect(box.left).to.be.at.least(plot.left - 0.5);
        }
      }
    });

    it('keeps text at 12 px or more at 280 px', async () => {
      const el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="ru"></kz-auto-yoy>`, 280);
      for (const node of el.shadowRoot!.querySelectorAll('text, p, li, .title')) {
        expect(parseFloat(getComputedStyle(node).fontSize)).to.be.at.least(12);
      }
    });
  });

  describe('bad input', () => {
    it('names an unknown mode and the accepted ones, in the widget language, and warns once', async () => {
      let el!: KzAutoYoy;
      const calls = await captureConsole(async () => {
        el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="ru" mode="pie"></kz-auto-yoy>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(text(el, '[role=alert]')).to.equal(
        'Не удаётся показать график Неизвестный режим «pie». Допустимо: units, change.',
      );
      expect(calls).to.deep.equal(['<kz-auto-yoy>: Unknown mode "pie". Accepted: units, change.']);
      expect(el.shadowRoot!.querySelector('svg.plot')).to.equal(null);
    });

    it('names unknown vehicle types', async () => {
      let el!: KzAutoYoy;
      const calls = await captureConsole(async () => {
        el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en" segments="cars,buses,tractors"></kz-auto-yoy>`);
      });
      expect(text(el, '[role=alert] p')).to.equal(
        'Unknown vehicle type "cars", "tractors". Accepted: passenger-cars, trucks, buses.',
      );
      expect(calls).to.have.length(1);
    });

    it('explains an empty selection in Kazakh', async () => {
      let el!: KzAutoYoy;
      const calls = await captureConsole(async () => {
        el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="kk" segments=" , "></kz-auto-yoy>`);
      });
      expect(calls).to.deep.equal([
        '<kz-auto-yoy>: No vehicle type is selected. Pick one or more of: passenger-cars, trucks, buses.',
      ]);
      expect(text(el, '[role=alert] p')).to.equal(
        'Бірде-бір техника түрі таңдалмаған. Мыналардың бірін не бірнешеуін көрсетіңіз: passenger-cars, trucks, buses.',
      );
    });

    it('draws in the inherited language and says so for an unsupported lang', async () => {
      let el!: KzAutoYoy;
      const calls = await captureConsole(async () => {
        el = await mount<KzAutoYoy>(html`<div lang="ru"><kz-auto-yoy lang="de"></kz-auto-yoy></div>`);
      });
      expect(text(el, '.notice')).to.equal('Язык «de» не поддерживается. Допустимо: kk, ru, en. Показано на языке: русский.');
      expect(text(el, '.title')).to.match(/^Выпуск/);
      expect(calls).to.deep.equal(['<kz-auto-yoy>: Unsupported language "de". Accepted: kk, ru, en. Showing Russian.']);
    });

    it('recovers when a bad attribute is corrected', async () => {
      let el!: KzAutoYoy;
      await captureConsole(async () => {
        el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang="en" mode="pie"></kz-auto-yoy>`);
      });
      el.mode = 'change';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(texts(el, '.category')).to.have.length(4);
    });
  });
});
