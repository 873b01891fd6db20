import { WIDGET_TAGS } from '../src/widgets/index.js';
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { reserveCss } from '../src/styles/reserve.js';
import { WIDGET_FORMS, openFrame, page } from './helpers.js';

const paragraph = '<p>Kazakhstan’s vehicle makers produced 10,125 vehicles from January to November 2016, 22% fewer than a year earlier. '.repeat(2) + '</p>';

/**
 * Opens an article page in an iframe, lets it paint, loads the script late, and returns the
 * cumulative layout shift the page recorded.
 */
async function articleCls(head: string, widgets: string[], width = 640, font = 'system-ui,sans-serif'): Promise<{ cls: number; drawn: number }> {
  const clsObserver = `<script>
      window.__cls = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__cls += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    </script>`;
  const body = `<div style="margin:0;font-family:${font}">${paragraph}${widgets.map((w) => w + paragraph).join('')}</div>`;
  const { frame, win, doc, frames } = await openFrame(page(body, { head: head + clsObserver }), { width, height: 9000 });
  await frames(3);
  // The script arrives after the page has painted, as an async or deferred script would.
  const script = doc.createElement('script');
  const ran = new Promise((r) => script.addEventListener('load', r, { once: true }));
  script.src = '/dist/kz-auto-charts.js';
  doc.body.append(script);
  await ran;
  await frames(6);
  const cls = (win as unknown as { __cls: number }).__cls;
  const drawn = [...doc.querySelectorAll(WIDGET_TAGS.join(', '))].filter((el) =>
    el.shadowRoot?.querySelector('svg.plot'),
  ).length;
  frame.remove();
  return { cls, drawn };
}

const widgets = [
  '<kz-auto-yoy lang="kk"></kz-auto-yoy>',
  '<kz-auto-yoy lang="ru" mode="change"></kz-auto-yoy>',
  '<kz-plant-share lang="kk"></kz-plant-share>',
  '<kz-dealer-sales lang="ru"></kz-dealer-sales>',
  '<kz-output-value lang="kk"></kz-output-value>',
  '<kz-recovery lang="kk"></kz-recovery>',
  '<kz-plants-map lang="ru"></kz-plants-map>',
  '<kz-brands lang="en"></kz-brands>',
  '<kz-fact lang="ru" fact="dealer-sales-2016" compare="dealer-sales-2015"></kz-fact>',
];

describe('layout shift when the script loads late', () => {
  // A narrow and a wide font: the reserved height must hold the text of either.
  for (const [width, font] of [
    [320, 'system-ui,sans-serif'],
    [640, 'system-ui,sans-serif'],
    [960, 'system-ui,sans-serif'],
    [320, "'DejaVu Sans',sans-serif"],
    [800, "'DejaVu Sans',sans-serif"],
  ] as const) {
    it(`is 0.00 at ${width} px in ${font} with the one-line CSS in the head`, async () => {
      const { cls, drawn } = await articleCls(`<style>${reserveCss()}</style>`, widgets, width, font);
      // The widgets did draw (a shift of 0 from widgets that never drew would prove nothing).
      expect(drawn).to.equal(widgets.length);
      expect(cls).to.equal(0);
    });
  }

  it('does shift without the CSS (so the measurement can fail)', async () => {
    const { cls } = await articleCls('', widgets);
    expect(cls).to.be.greaterThan(0.05);
  });

  it('the stylesheet in the package is the documented line', async () => {
    const css = await (await fetch('/dist/kz-auto-charts.css')).text();
    expect(css.trim()).to.equal(reserveCss());
    const readme = await (await fetch('/README.md')).text();
    expect(readme.includes(`<style>${reserveCss()}</style>`), 'README shows the one-line CSS').to.equal(true);
  });
});

describe('reserved box', () => {
  it('holds every widget in every language from 280 to 1200 px without growing', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const width of [280, 360, 640, 1200]) {
        for (const lang of ['kk', 'ru', 'en']) {
          for (const tag of WIDGET_FORMS) {
            const name = tag.split(' ')[0]!;
            host.innerHTML = `<div style="width:${width}px;font-family:system-ui,sans-serif"><${tag} lang="${lang}"></${name}></div>`;
            const el = host.querySelector(name) as HTMLElement & { updateComplete: Promise<unknown> };
            await el.updateComplete;
            const reserved = parseFloat(getComputedStyle(el, '::before').paddingTop);
            const figure = el.shadowRoot!.querySelector('figure')!;
            const where = `${tag} ${lang} at ${width}px`;
            expect(el.getBoundingClientRect().height, where).to.be.closeTo(reserved, 1);
            // Nothing spills out of the figure, and the plot fits the area it was given.
            expect(figure.scrollHeight, where).to.be.at.most(figure.clientHeight);
            const area = el.shadowRoot!.querySelector('.plot-area')!.getBoundingClientRect();
            const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
            expect(plot.bottom, where).to.be.at.most(area.bottom + 1);
          }
        }
      }
    } finally {
      host.remove();
    }
  });
});
