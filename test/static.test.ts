import { expect } from '@open-wc/testing';
import { openFrame } from './helpers.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** What a reader must find in each widget's static output, per language. */
const expected: Record<string, Record<string, string[]>> = {
  'kz-auto-yoy': {
    en: ['Vehicle output in Kazakhstan fell by 22%', '8,157', '1,431', '174', '≈10,800', `${MINUS}24.5%`, '+8%', '10,125 vehicles'],
    ru: [`8${NBSP}157`, `1${NBSP}431`, '174', `≈10${NBSP}800`, `${MINUS}24,5${NBSP}%`, `10${NBSP}125${NBSP}единиц техники`],
    kk: [`Қазақстанда автокөлік өндірісі 22${NBSP}пайызға қысқарды`, `8${NBSP}157`, `1${NBSP}431`, `${MINUS}10,8${NBSP}%`],
  },
  'kz-plant-share': {
    en: ['11%', '24%', '89%', '76%', '+13 percentage points in a year', 'Source: inform.kz'],
    ru: [`11${NBSP}%`, `24${NBSP}%`, `+13${NBSP}процентных пунктов за год`, 'март 2016'],
    kk: [`11${NBSP}%`, `24${NBSP}%`, `Бір жылда +13${NBSP}пайыздық пункт`, `2015${NBSP}жылғы наурыз`],
  },
};

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('static rendering (Node)', () => {
  for (const [tag, byLang] of Object.entries(expected)) {
    for (const [lang, figures] of Object.entries(byLang)) {
      it(`${tag} as a standalone SVG in ${lang}`, async () => {
        const text = await (await fetch(`/__static__/svg?${query({ tag, lang, width: '640' })}`)).text();
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        expect(doc.querySelector('parsererror'), 'well-formed SVG').to.equal(null);
        const svg = doc.documentElement;
        expect(svg.getAttribute('width')).to.equal('640');
        expect(svg.getAttribute('lang')).to.equal(lang);
        const shown = [...svg.querySelectorAll('text')].map((t) => t.textContent).join('\n');
        // Titles wrap over lines, so look for each figure in the text with lines joined.
        const joined = shown.replace(/\n/g, ' ');
        for (const figure of figures) expect(joined, figure).to.contain(figure);
        expect(svg.querySelector('title')!.textContent).to.match(/\S/);
        expect(svg.querySelector('desc')!.textContent).to.match(/\S/);
        expect(svg.querySelectorAll('rect.bar').length).to.be.greaterThan(3);
        // Text stays text (no outlines, no scripts): searchable, translatable, accessible.
        expect(svg.querySelector('script, foreignObject, path')).to.equal(null);
      });

      it(`${tag} as HTML in ${lang}, seen with scripts off`, async () => {
        const { frame, win, doc } = await openFrame(`/__static__/page?${query({ tag, lang, width: '640' })}`, {
          width: 700,
          height: 900,
          scripts: false,
        });
        try {
          const el = doc.querySelector(tag)!;
          const root = el.shadowRoot!;
          expect(root, 'declarative shadow root').to.not.equal(null);
          expect(win.customElements.get(tag)).to.equal(undefined);
          const shown = root.textContent!.replace(/[ \t\n\r]+/g, ' ');
          for (const figure of figures) expect(shown, figure).to.contain(figure);
          const plot = root.querySelector('svg.plot')!.getBoundingClientRect();
          expect(plot.width).to.equal(640);
          expect(plot.height).to.be.greaterThan(100);
          // The styles came with it: bars are coloured, not default black.
          const bar = root.querySelector('svg.plot rect.bar--current, svg.plot rect.bar--local')!;
          expect(getComputedStyle(bar).fill).to.not.equal('rgb(0, 0, 0)');
        } finally {
          frame.remove();
        }
      });
    }
  }

  it('with scripts off, "Show table" opens the table and nothing offers what cannot work', async () => {
    const { frame, doc, frames } = await openFrame(`/__static__/page?${query({ tag: 'kz-dealer-sales', lang: 'ru', width: '480' })}`, {
      width: 560,
      height: 900,
      scripts: false,
    });
    try {
      const root = doc.querySelector('kz-dealer-sales')!.shadowRoot!;
      const summary = root.querySelector<HTMLElement>('.table-toggle > summary')!;
      const table = root.querySelector('table')!;
      expect(summary.innerText.trim()).to.equal('Показать таблицу');
      // Closed, it is clipped to nothing (and stays in the accessibility tree).
      const clipped = () => getComputedStyle(table).clip === 'rect(0px, 0px, 0px, 0px)';
      expect(clipped(), 'table closed').to.equal(true);
      // The menu needs the script: it is not shown before the script runs.
      expect(root.querySelector<HTMLElement>('.menu')!.getClientRects().length).to.equal(0);
      // A click on a page that runs no script: the browser's own disclosure does the rest.
      summary.click();
      await frames(2);
      expect(summary.innerText.trim()).to.equal('Скрыть таблицу');
      expect(clipped(), 'table open').to.equal(false);
      expect(table.getBoundingClientRect().height, 'table open').to.be.greaterThan(60);
      const firstRow = [...table.querySelectorAll('tbody tr')][0]!;
      expect(firstRow.getBoundingClientRect().width).to.be.greaterThan(100);
      summary.click();
      await frames(2);
      expect(clipped(), 'table closed again').to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('draws a dark SVG with the dark palette', async () => {
    const text = await (await fetch(`/__static__/svg?${query({ tag: 'kz-auto-yoy', lang: 'en', width: '480', theme: 'dark' })}`)).text();
    expect(text).to.contain('#111418');
    expect(text).to.contain('#6ea8fe');
  });

  it('draws the fact card’s big number at its own size in the standalone SVG, not at the 13 px of other text', async () => {
    // Opened as a document of its own, as a browser shows a downloaded or linked SVG.
    const { frame, doc } = await openFrame(
      `/__static__/svg?${query({ tag: 'kz-fact', lang: 'en', width: '640', fact: 'dealer-sales-2016', compare: 'dealer-sales-2015' })}`,
      { width: 700, height: 500 },
    );
    try {
      const big = doc.querySelector<SVGTextElement>('text.big-number')!;
      const intended = parseFloat(big.getAttribute('font-size')!);
      expect(intended, 'the chart asks for a big number').to.be.greaterThan(30);
      expect(parseFloat(getComputedStyle(big).fontSize)).to.be.closeTo(intended, 0.01);
      // The lines under it (the change against the other figure) keep their size too.
      const line = doc.querySelector<SVGTextElement>('g.plot text.value')!;
      expect(parseFloat(getComputedStyle(line).fontSize)).to.be.closeTo(parseFloat(line.getAttribute('font-size')!), 0.01);
      // Text that asks for no size still gets the SVG's own sizes.
      expect(getComputedStyle(doc.querySelector('text.source')!).fontSize).to.equal('13px');
      expect(getComputedStyle(doc.querySelector('text.title')!).fontSize).to.equal('20px');
    } finally {
      frame.remove();
    }
  });

  it('explains bad attributes in the SVG itself', async () => {
    const text = await (await fetch(`/__static__/svg?${query({ tag: 'kz-auto-yoy', lang: 'ru', width: '480', mode: 'pie' })}`)).text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.textContent).to.contain('Неизвестный режим «pie». Допустимо: units, change.');
  });

  it('with src: the server writes the loading status, and the script fetches and draws the file', async () => {
    const html = await (await fetch(`/__static__/html?${query({ tag: 'kz-plant-share', lang: 'en', src: '/test/fixtures/plant-share.json' })}`)).text();
    expect(html).to.contain('part="loading"');
    expect(html).to.contain('Loading data…');
    const { frame, win } = await openFrame(`/__static__/page?${query({ tag: 'kz-plant-share', lang: 'en', src: '/test/fixtures/plant-share.json', script: '/dist/kz-auto-charts.js' })}`, { width: 700, height: 900 });
    try {
      const el = win.document.querySelector('kz-plant-share')!;
      const end = performance.now() + 5000;
      while (!(el.shadowRoot?.querySelector('.subtitle')?.textContent ?? '').includes('March 2017') && performance.now() < end) {
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(el.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain('March 2016 and March 2017');
    } finally {
      frame.remove();
    }
  });

  it('hydrates: the script takes the server-rendered DOM over instead of drawing it again', async () => {
    const { frame, win } = await openFrame(`/__static__/page?${query({ tag: 'kz-auto-yoy', lang: 'kk', width: '640' })}`, {
      width: 700,
      height: 900,
    });
    try {
      const el = win.document.querySelector('kz-auto-yoy') as HTMLElement & { updateComplete: Promise<unknown>; lang: string };
      const figure = el.shadowRoot!.querySelector('figure')!;
      const title = el.shadowRoot!.querySelector('.title')!;
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(e.message));
      const script = win.document.createElement('script');
      const ran = new Promise((r) => script.addEventListener('load', r, { once: true }));
      script.src = '/dist/kz-auto-charts.js';
      win.document.head.append(script);
      await ran;
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      // Same nodes: hydrated, not replaced.
      expect(el.shadowRoot!.querySelector('figure')).to.equal(figure);
      expect(el.shadowRoot!.querySelector('.title')).to.equal(title);
      // Then drawn again to fill the box the page gives it (the server drew its natural height).
      const plotHeight = Number(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('height'));
      expect(plotHeight, 'fills its plot area').to.be.closeTo(el.shadowRoot!.querySelector('.plot-area')!.getBoundingClientRect().height, 1);
      // And live: it follows a change of language like any widget.
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(title.textContent).to.equal('Vehicle output in Kazakhstan fell by 22%');
    } finally {
      frame.remove();
    }
  });

  describe('without the optional peer @lit-labs/ssr', () => {
    type Run = { code: number; stdout: string; stderr: string };
    const app = async (query = '') => (await (await fetch(`/__without_ssr__${query}`)).json()) as { import: Run; cli: Run };
    const sentence = 'rendering on a server needs the optional peer dependency @lit-labs/ssr: npm install @lit-labs/ssr';

    it('kz-auto-charts/static throws one sentence that says what to install, and the command prints it', async function () {
      this.timeout(30000); // several Node processes, on a shared machine
      const { import: imported, cli } = await app();
      expect(imported.code).to.equal(1);
      expect(imported.stderr).to.contain(`Error: ${sentence}\n`);
      expect(imported.stderr).not.to.contain('ERR_MODULE_NOT_FOUND');
      expect(cli).to.deep.equal({ code: 2, stdout: '', stderr: `kz-auto-charts: ${sentence}\n` });
    });

    it('the same app with the peer installed renders (the set-up above is sound)', async function () {
      this.timeout(30000); // several Node processes, on a shared machine
      const { import: imported, cli } = await app('?with-ssr');
      expect(imported).to.deep.equal({ code: 0, stdout: '<svg', stderr: '' });
      expect(cli.code).to.equal(0);
      expect(cli.stdout).to.match(/^<svg /);
    });
  });

  describe('command line', () => {
    const cli = async (args: string[]) =>
      (await (await fetch(`/__cli__?${query({ args: JSON.stringify(args) })}`)).json()) as { code: number; stdout: string; stderr: string; written: boolean };

    it('npx kz-auto-charts render kz-auto-yoy --lang kk --width 640 > chart.svg', async () => {
      const { code, stdout } = await cli(['render', 'kz-auto-yoy', '--lang', 'kk', '--width', '640']);
      expect(code).to.equal(0);
      expect(stdout).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640"/);
      expect(stdout).to.contain(`8${NBSP}157`);
    });

    it('--format html gives declarative shadow DOM', async () => {
      const { code, stdout } = await cli(['render', 'kz-plant-share', '--lang', 'ru', '--format', 'html']);
      expect(code).to.equal(0);
      expect(stdout).to.contain('<template shadowroot="open" shadowrootmode="open">');
      expect(stdout).to.contain(`24${NBSP}%`);
    });

    it('names what was wrong and what is accepted, and exits 2', async () => {
      for (const [args, message] of [
        [['render', 'kz-pie'], 'unknown widget "kz-pie"; accepted: kz-auto-yoy, kz-plant-share, kz-dealer-sales, kz-output-value, kz-recovery, kz-plants-map, kz-brands, kz-fact'],
        [['render', 'kz-auto-yoy', '--lang', 'de'], 'unknown language "de"; accepted: kk, ru, en'],
        [['render', 'kz-auto-yoy', '--width', 'wide'], 'width "wide" is not a number from 260 to 2400'],
        [['render', 'kz-auto-yoy', '--format', 'pdf'], 'unknown format "pdf"; accepted: svg, html, page'],
      ] as const) {
        const { code, stdout, stderr } = await cli([...args]);
        expect(code, message).to.equal(2);
        expect(stdout).to.equal('');
        expect(stderr).to.equal(`kz-auto-charts: ${message}\n`);
      }
    });

    it('-o writes the file and nothing on stdout', async () => {
      const { code, stdout, stderr, written } = await cli(['render', 'kz-auto-yoy', '-o', 'chart.svg']);
      expect([code, stdout, stderr, written]).to.deep.equal([0, '', '', true]);
    });

    it('exits 2 with one line, and writes nothing, where the widget would be an error card', async function () {
      this.timeout(30000); // several Node processes, on a shared machine
      const bad = 'fixtures/negative.csv';
      for (const [args, message] of [
        [['render', 'kz-fact', '--fact', 'nope'], 'kz-fact cannot be drawn: No figure with the id "nope". Ids look like: production-2016-rounded, production-2016, production-value-2016.'],
        [['render', 'kz-fact'], 'kz-fact cannot be drawn: Which figure? Set the fact attribute to a fact id, e.g. fact="dealer-sales-2016".'],
        [['render', 'kz-auto-yoy', '--mode', 'bad'], 'kz-auto-yoy cannot be drawn: Unknown mode "bad". Accepted: units, change.'],
        [['render', 'kz-auto-yoy', '--format', 'html', '--segments', 'boats'], 'kz-auto-yoy cannot be drawn: Unknown vehicle type "boats". Accepted: passenger-cars, trucks, buses.'],
        [['render', 'kz-fact', '--format', 'page', '--fact', 'production-2016', '--compare', 'production-value-2016'], 'kz-fact cannot be drawn: Cannot compare'],
        [['render', 'kz-auto-yoy', '--data', bad], `kz-auto-yoy cannot be drawn from --data "${bad}": The data property has 1 problem: Row 1, "previous_value": expected a number of zero or more (a count cannot be negative), found "-8157".`],
        [['render', 'kz-auto-yoy', '--format', 'html', '--data', bad], '--data works with --format svg; in HTML give the element a src attribute instead'],
      ] as const) {
        const { code, stdout, stderr, written } = await cli([...args, '-o', 'cli-output.svg']);
        expect(code, message).to.equal(2);
        expect(stdout).to.equal('');
        expect(written, `${message}: no output file`).to.equal(false);
        expect(stderr.split('\n'), stderr).to.have.length(2); // one line and its newline
        expect(stderr).to.match(new RegExp(`^kz-auto-charts: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    });

    it('a write error is one line and exit 2, not a stack trace', async function () {
      this.timeout(30000); // several Node processes, on a shared machine
      for (const [target, reason] of [
        ['no-such-folder/chart.svg', 'its folder does not exist'],
        ['folder', 'it is a folder'],
      ]) {
        const { code, stdout, stderr } = await cli(['render', 'kz-auto-yoy', '-o', target]);
        expect(code).to.equal(2);
        expect(stdout).to.equal('');
        expect(stderr).to.equal(`kz-auto-charts: cannot write -o "${target}": ${reason}\n`);
      }
    });
  });
});
