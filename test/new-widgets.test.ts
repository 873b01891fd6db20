import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { ChartElement } from '../src/elements/chart-element.js';
import { facts } from '../src/data/lookup.js';
import { mount, nextRender, NBSP, text, texts } from './helpers.js';

type AnyChart = ChartElement<unknown, unknown>;

const mountTag = (tag: string, attrs: string, width = 640) =>
  mount<AnyChart>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}>`, width);

/** Every text drawn in the plot, in order. */
const plotTexts = (el: Element) => texts(el, 'svg.plot text');

/** Whether every text of the plot lies inside the plot's box (text measured by the browser). */
function textsInside(el: Element): string[] {
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
  const box = svg.getBoundingClientRect();
  return [...svg.querySelectorAll('text')]
    .filter((t) => {
      const r = t.getBoundingClientRect();
      return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
    })
    .map((t) => t.textContent ?? '');
}

describe('<kz-dealer-sales>', () => {
  it('shows dealer sales falling faster than production, in English', async () => {
    const el = await mountTag('kz-dealer-sales', 'lang="en"');
    expect(text(el, '.title')).to.equal('Dealer sales of passenger cars fell by 56%, production fell by 24.5%');
    expect(texts(el, '.category')).to.deep.equal(['Sold by official dealers', 'Produced in Kazakhstan']);
    expect(texts(el, '.annotation')).to.deep.equal(['−56%', '−24.5%']);
    expect(texts(el, 'svg.plot .value')).to.deep.equal(['88.4 thousand', '38.8 thousand', '≈10,804', '8,157']);
    expect(texts(el, '.legend li')).to.deep.equal(['2015 (est.)', '2016']);
    // Both pairs on one scale: 88.4 thousand is the longest bar, 8,157 the shortest.
    const widths = [...el.shadowRoot!.querySelectorAll('svg.plot rect[data-mark]')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).to.equal(Math.max(...widths));
    expect(widths[1]! / widths[0]!).to.be.closeTo(38.8 / 88.4, 0.01);
  });

  it('speaks Russian and Kazakh', async () => {
    const ru = await mountTag('kz-dealer-sales', 'lang="ru"');
    expect(text(ru, '.title')).to.equal(`Продажи легковых автомобилей у дилеров упали на 56${NBSP}%, выпуск — сократился на 24,5${NBSP}%`);
    expect(texts(ru, 'svg.plot .value')).to.deep.equal([`88,4${NBSP}тыс.`, `38,8${NBSP}тыс.`, `≈10${NBSP}804`, `8${NBSP}157`]);
    const kk = await mountTag('kz-dealer-sales', 'lang="kk"');
    expect(text(kk, '.title')).to.equal('Дилерлердің жеңіл автокөлік сатылымы 56 пайызға қысқарды, өндіріс 24,5 пайызға қысқарды');
    expect(texts(kk, '.category')).to.deep.equal(['Ресми дилерлер сатқаны', 'Қазақстанда шығарылғаны']);
  });
});

describe('<kz-output-value>', () => {
  it('draws two points as two bars, nothing between, with the ratio and the annotations', async () => {
    const el = await mountTag('kz-output-value', 'lang="en"');
    expect(text(el, '.title')).to.equal('Vehicle output in value grew 5 times from 2010 to 2015');
    expect(texts(el, '.category')).to.deep.equal(['2010', '2015']);
    expect(el.shadowRoot!.querySelectorAll('svg.plot rect[data-mark]').length).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('svg.plot path, svg.plot line:not(.baseline):not(.hatch-line)').length).to.equal(0);
    expect(text(el, '.annotation')).to.equal('×5');
    const notes = texts(el, '.note');
    expect(notes[0]).to.match(/^Also in the source: Average growth rate of the sector’s output: 62% \(2010–2015\)\. The article does not say how/);
    expect(notes[1]).to.equal('Also in the source: Size of the car market: $7.4 billion (2015).');
  });

  it('picks annotations by attribute, and names an unknown one', async () => {
    const el = await mountTag('kz-output-value', 'lang="ru" annotations="dollar-slip"');
    expect(texts(el, '.note')).to.have.length(1);
    expect(text(el, '.note')).to.contain(`80${NBSP}млрд${NBSP}$`);
    el.setAttribute('annotations', 'none');
    await el.updateComplete;
    expect(texts(el, '.note')).to.deep.equal([]);
    el.setAttribute('annotations', 'weather');
    await el.updateComplete;
    expect(texts(el, '.error p')).to.deep.equal([
      'Неизвестная аннотация «weather». Допустимо: average-growth, car-market, manufacturing-share, dollar-slip или none.',
    ]);
  });
});

describe('<kz-recovery>', () => {
  it('shows the fall easing from −56% to −22%, and Asia Auto against the trend', async () => {
    const el = await mountTag('kz-recovery', 'lang="en"');
    expect(text(el, '.title')).to.equal('Vehicle production’s fall eased from 56% to 22% as 2016 went on');
    expect(text(el, '.headline')).to.equal('Asia Auto: 2,369 vehicles in July–November 2016, +44% on a year earlier');
    expect(texts(el, '.category')).to.deep.equal(['January–June 2016', 'January–November 2016', 'Asia Auto, July–November 2016']);
    expect(texts(el, 'svg.plot .value')).to.deep.equal(['−56%', '−22%', '+44%']);
    // The caveat kept with the first-half figure is shown with it.
    expect(texts(el, '.note')[0]).to.contain('cannot be checked');
  });

  it('speaks Kazakh', async () => {
    const el = await mountTag('kz-recovery', 'lang="kk"');
    expect(text(el, '.title')).to.equal('2016 жылы автокөлік өндірісінің құлдырауы 56 пайыздан 22 пайызға дейін бәсеңдеді');
    expect(text(el, '.headline')).to.equal(`«Азия Авто»: шілде–қараша 2016 — 2${NBSP}369 автокөлік, бір жыл бұрынғыдан +44${NBSP}%`);
  });
});

describe('<kz-plants-map>', () => {
  it('puts Kostanay west of Oskemen and north of it, inside the country outline', async () => {
    const el = await mountTag('kz-plants-map', 'lang="en"', 960);
    const markers = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('svg.plot rect.marker[data-mark]')];
    expect(markers.map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Asia Auto, Oskemen (Ust-Kamenogorsk): Vehicles produced by the Asia Auto plant: 2,369 vehicles (July–November 2016)',
      'SaryarkaAvtoProm, Kostanay: Vehicles assembled in Kostanay: 25 thousand vehicles (over the last six years)',
    ]);
    const [oskemen, kostanay] = markers.map((m) => m.getBBox());
    expect(kostanay!.x).to.be.lessThan(oskemen!.x);
    expect(kostanay!.y).to.be.lessThan(oskemen!.y);
    const land = el.shadowRoot!.querySelector<SVGPathElement>('svg.plot path.land')!;
    for (const m of [oskemen!, kostanay!]) {
      expect(land.isPointInFill(new DOMPoint(m.x + m.width / 2, m.y + m.height / 2)), 'marker on the land').to.equal(true);
    }
    expect(texts(el, '.entry .value')).to.deep.equal([
      'Vehicles produced by the Asia Auto plant: 2,369 vehicles (July–November 2016)',
      'Change in Asia Auto output on a year earlier: +44% (July–November 2016)',
      'Vehicles assembled in Kostanay: 25 thousand vehicles (over the last six years)',
      'Global brands assembled in Kostanay: 7 brands (over the last six years)',
      'Estimated cost of building the Kostanay industrial zone: more than 2 billion tenge (as planned)',
    ]);
    expect(textsInside(el)).to.deep.equal([]);
  });

  it('wraps its figures inside the widget at 320 px, in Russian', async () => {
    const el = await mountTag('kz-plants-map', 'lang="ru"', 320);
    expect(textsInside(el)).to.deep.equal([]);
    expect(text(el, '.entry .value')).to.match(/^Выпуск завода «Азия Авто»:/);
    expect(plotTexts(el)).to.include('Костанай');
  });
});

describe('<kz-brands>', () => {
  it('groups the seven brands by country, and fills the one whose plant the source names', async () => {
    const el = await mountTag('kz-brands', 'lang="en"');
    expect(text(el, '.title')).to.equal('Cars of 7 brands from 5 countries are assembled in Kazakhstan');
    expect(texts(el, '.category')).to.deep.equal(['South Korea', 'France', 'Czech Republic', 'Italy', 'Russia']);
    expect(texts(el, '.chip-label')).to.deep.equal(['Hyundai', 'KIA', 'SsangYong', 'Peugeot', 'Škoda', 'Iveco', 'Lada']);
    expect(texts(el, '.chip-label--strong')).to.deep.equal(['Lada']);
    const lada = el.shadowRoot!.querySelectorAll('svg.plot rect[data-mark]')[6]!;
    expect(lada.getAttribute('aria-label')).to.equal('Lada, Russia: assembled at Asia Auto');
  });

  it('writes the brands as the Kazakh article prints them', async () => {
    const el = await mountTag('kz-brands', 'lang="kk"', 320);
    expect(texts(el, '.chip-label')).to.deep.equal(['Хюндай', 'КИА', 'Сан Енг', 'Пежо', 'Шкода', 'Ивеко', 'Лада']);
    expect(textsInside(el)).to.deep.equal([]);
  });
});

describe('<kz-fact>', () => {
  it('shows a figure with its unit, period, change against another, and source', async () => {
    const el = await mountTag('kz-fact', 'lang="en" fact="dealer-sales-2016" compare="dealer-sales-2015"');
    expect(text(el, '.title')).to.equal('Passenger cars sold by official dealers');
    expect(text(el, '.subtitle')).to.equal('January–November 2016');
    expect(text(el, '.big-number')).to.equal('38.8 thousand vehicles');
    expect(texts(el, 'svg.plot .value')).to.deep.equal(['−56.1% against 88.4 thousand vehicles in January–November 2015']);
    expect(text(el, '.source')).to.equal('Source: Vremya Vostoka');
  });

  it('compares shares in percentage points, keeps the printed hedge, and signs a change', async () => {
    const share = await mountTag('kz-fact', 'lang="ru" fact="local-share-2016-03" compare="local-share-2015-03"');
    expect(text(share, '.big-number')).to.equal(`24${NBSP}%`);
    expect(text(share, 'svg.plot .value')).to.equal(`+13 процентных пунктов к 11${NBSP}% за март 2015`);
    const hedged = await mountTag('kz-fact', 'lang="kk" fact="production-value-2015-usd"');
    expect(text(hedged, '.big-number')).to.equal(`80${NBSP}млрд${NBSP}доллар`);
    expect(text(hedged, '.note')).to.contain('80 миллиард теңге');
    const over = await mountTag('kz-fact', 'lang="kk" fact="production-2016-rounded"');
    expect(text(over, '.big-number')).to.equal(`10${NBSP}мыңнан астам автокөлік`);
    const change = await mountTag('kz-fact', 'lang="en" fact="asia-auto-change-jul-nov-2016"');
    expect(text(change, '.big-number')).to.equal('+44%');
  });

  it('says which fact is missing or why two cannot be compared', async () => {
    const none = await mountTag('kz-fact', 'lang="en"');
    expect(text(none, '.error p')).to.equal('Which figure? Set the fact attribute to a fact id, e.g. fact="dealer-sales-2016".');
    const unknown = await mountTag('kz-fact', 'lang="en" fact="sales-2099"');
    expect(text(unknown, '.error p')).to.equal(
      'No figure with the id "sales-2099". Ids look like: production-2016-rounded, production-2016, production-value-2016.',
    );
    const mismatch = await mountTag('kz-fact', 'lang="en" fact="dealer-sales-2016" compare="dealer-sales-change-2016"');
    expect(text(mismatch, '.error p')).to.equal(
      'Cannot compare dealer-sales-2016 (vehicles) with dealer-sales-change-2016 (percent): they must share a unit.',
    );
  });

  it('renders every fact of the dataset in every language at 320 px: no NaN, nothing outside the card', async () => {
    for (const lang of ['kk', 'ru', 'en']) {
      for (const fact of facts) {
        const el = await mountTag('kz-fact', `lang="${lang}" fact="${fact.id}"`, 320);
        const shown = [text(el, '.title'), text(el, '.subtitle'), ...plotTexts(el), text(el, '.source')].join(' | ');
        expect(shown, `${fact.id} ${lang}`).to.not.match(/NaN|undefined|Infinity|\[object/);
        expect(text(el, '.big-number'), `${fact.id} ${lang}`).to.not.equal('');
        expect(text(el, '.title'), `${fact.id} ${lang}`).to.equal(fact.label[lang as 'en']);
        expect(textsInside(el), `${fact.id} ${lang}`).to.deep.equal([]);
        el.parentElement!.remove();
      }
    }
  });
});

describe('every new widget', () => {
  for (const [tag, attrs] of [
    ['kz-dealer-sales', ''],
    ['kz-output-value', ''],
    ['kz-recovery', ''],
    ['kz-plants-map', ''],
    ['kz-brands', ''],
    ['kz-fact', 'fact="employment"'],
  ] as const) {
    it(`${tag} redraws to its column after a resize, and keeps its text inside`, async () => {
      const el = await mountTag(tag, `lang="kk" ${attrs}`, 960);
      el.parentElement!.style.width = '360px';
      await nextRender(el);
      const svg = el.shadowRoot!.querySelector('svg.plot')!;
      expect(Number(svg.getAttribute('width'))).to.equal(360);
      expect(el.getBoundingClientRect().width).to.equal(360);
      expect(textsInside(el)).to.deep.equal([]);
    });
  }

  it('draws inside its reserved box at 360 and 960 px in each language (no shift after drawing)', async () => {
    for (const [tag, attrs] of [
      ['kz-dealer-sales', ''],
      ['kz-output-value', ''],
      ['kz-recovery', ''],
      ['kz-plants-map', ''],
      ['kz-brands', ''],
      ['kz-fact', 'fact="dealer-sales-2016"'],
      ['kz-fact', 'fact="dealer-sales-2016" compare="dealer-sales-2015"'],
    ] as const) {
      for (const lang of ['kk', 'ru', 'en']) {
        for (const width of [360, 960]) {
          const el = await mountTag(tag, `lang="${lang}" ${attrs}`, width);
          const reserved = parseFloat(getComputedStyle(el, '::before').paddingTop);
          const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().height;
          expect(frame, `${tag} ${attrs} ${lang} ${width}`).to.be.at.most(reserved + 0.5);
          expect(el.getBoundingClientRect().height, `${tag} ${lang} ${width}`).to.be.closeTo(reserved, 0.5);
          el.parentElement!.remove();
        }
      }
    }
  });
});

it('kz-fact ids in the README are the dataset’s ids', async () => {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('<!-- facts:start -->'), readme.indexOf('<!-- facts:end -->'));
  const listed = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
  expect(listed).to.deep.equal(facts.map((f) => f.id));
});


