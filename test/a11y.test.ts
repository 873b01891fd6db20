import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as yoyStories from '../stories/kz-auto-yoy.stories.js';
import * as shareStories from '../stories/kz-plant-share.stories.js';
import { WIDGET_TAGS } from '../src/widgets/index.js';
import * as dealerStories from '../stories/kz-dealer-sales.stories.js';
import * as outputStories from '../stories/kz-output-value.stories.js';
import * as recoveryStories from '../stories/kz-recovery.stories.js';
import * as mapStories from '../stories/kz-plants-map.stories.js';
import * as brandStories from '../stories/kz-brands.stories.js';
import * as factStories from '../stories/kz-fact.stories.js';
import '../src/index.js';

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

before(async () => {
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
});

type StoryModule = {
  default: { args?: object; render: (args: never) => TemplateResult };
  [name: string]: unknown;
};

/** Every story of a stories file, rendered with its args merged over the file's defaults. */
function stories(module: StoryModule) {
  return Object.entries(module)
    .filter(([name]) => name !== 'default')
    .map(([name, story]) => {
      const args = { ...module.default.args, ...((story as { args?: object }).args ?? {}) };
      return { name, template: () => module.default.render(args as never) };
    });
}

const silence = async (fn: () => Promise<void>) => {
  const { warn, error } = console;
  console.warn = console.error = () => {};
  try {
    await fn();
  } finally {
    console.warn = warn;
    console.error = error;
  }
};

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Until a `src` story has its file (or its failure): the loading box is not the story. */
async function settled(el: Widget): Promise<void> {
  const deadline = performance.now() + 5000;
  await el.updateComplete;
  while (el.shadowRoot!.querySelector('[part="loading"]') && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
}

/**
 * What each story must show: stories named Error… the failure they are about, every other
 * story a drawn chart. Without this a story whose file was not served passed as an error box.
 */
function expectedOutcome(name: string): { chart: true } | { error: RegExp } {
  if (!name.startsWith('Error')) return { chart: true };
  const byKind: [RegExp, RegExp][] = [
    [/^ErrorNotFound$/, /\(404\)/],
    [/^ErrorNotJson$/, /not valid JSON/],
    [/^ErrorTimeout$/, /did not arrive within/],
    [/^ErrorFetchFailed$/, /Could not load the data/],
    [/^Error(Schema|EmptyTable|BrokenValue)$/, /The data property has/],
  ];
  return { error: byKind.find(([story]) => story.test(name))?.[1] ?? /./ };
}

const axeOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

describe('axe-core, WCAG 2.2 AA, on every story state', () => {
  it('sees into shadow roots (a low-contrast text there is reported)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<p style="color:#bbb;background:#fff">Faint</p>';
    try {
      const { violations } = await window.axe.run(host, axeOptions);
      expect(violations.map((v) => v.id)).to.include('color-contrast');
    } finally {
      host.remove();
    }
  });

  for (const [file, module] of [
    ['kz-auto-yoy', yoyStories],
    ['kz-plant-share', shareStories],
    ['kz-dealer-sales', dealerStories],
    ['kz-output-value', outputStories],
    ['kz-recovery', recoveryStories],
    ['kz-plants-map', mapStories],
    ['kz-brands', brandStories],
    ['kz-fact', factStories],
  ] as const) {
    for (const story of stories(module as unknown as StoryModule)) {
      it(`${file} / ${story.name}`, async () => {
        const host = document.createElement('main');
        document.body.append(host);
        try {
          // The widget's console message for a deliberate failure is expected here.
          await silence(async () => {
            render(story.template(), host);
            await settled(host.querySelector(file) as Widget);
          });
          const shadow = host.querySelector(file)!.shadowRoot!;
          const error = shadow.querySelector('[part="error"]');
          const outcome = expectedOutcome(story.name);
          if ('chart' in outcome) {
            expect(error?.textContent ?? null, 'an error card instead of the chart').to.equal(null);
            expect(shadow.querySelector('svg.plot'), 'a drawn chart').to.not.equal(null);
          } else {
            expect(error, 'an error card').to.not.equal(null);
            expect(error!.textContent).to.match(outcome.error);
          }
          const { violations } = await window.axe.run(host, axeOptions);
          const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
          expect(report).to.deep.equal([]);
          expect(host.querySelector(file)!.shadowRoot!.childElementCount).to.be.greaterThan(0);
        } finally {
          host.remove();
        }
      });
    }
  }
});

describe('axe-core, every widget × language × theme', () => {
  for (const tag of WIDGET_TAGS) {
    for (const lang of ['kk', 'ru', 'en']) {
      for (const theme of ['light', 'dark', 'auto']) {
        it(`${tag} ${lang} ${theme}`, async () => {
          const host = document.createElement('main');
          // Dark widgets are made for dark pages; auto follows the light scheme of this browser.
          host.style.background = theme === 'dark' ? '#111418' : '#ffffff';
          host.innerHTML = `<${tag} lang="${lang}" theme="${theme}" ${tag === 'kz-fact' ? 'fact="dealer-sales-2016" compare="dealer-sales-2015"' : ''}></${tag}>`;
          document.body.append(host);
          try {
            const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
            await el.updateComplete;
            expect(el.shadowRoot!.querySelector('svg.plot')).to.not.equal(null);
            const { violations } = await window.axe.run(host, axeOptions);
            expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
          } finally {
            host.remove();
          }
        });
      }
    }
  }
});
