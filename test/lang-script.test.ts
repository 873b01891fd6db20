import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/elements/kz-plant-share.js';
import '../src/elements/kz-auto-yoy.js';
import type { KzAutoYoy } from '../src/elements/kz-auto-yoy.js';
import { scriptOf } from '../src/i18n/resolve-lang.js';
import { captureConsole, mount, text } from './helpers.js';

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;

describe('a language we speak, asked for in a script we do not draw', () => {
  const cases: [string, RegExp, string, string][] = [
    [
      'kk-Latn',
      CYRILLIC,
      '«kk-Latn» нұсқасына (қазақ тілі, латын жазуы) қолдау көрсетілмейді. Көрсетілгені: қазақ тілі, кирилл жазуы.',
      '"kk-Latn" asks for Kazakh in Latin script, which is not available. Showing Kazakh in Cyrillic script.',
    ],
    [
      'kk-Arab',
      CYRILLIC,
      '«kk-Arab» нұсқасына (қазақ тілі, араб жазуы) қолдау көрсетілмейді. Көрсетілгені: қазақ тілі, кирилл жазуы.',
      '"kk-Arab" asks for Kazakh in Arabic script, which is not available. Showing Kazakh in Cyrillic script.',
    ],
    [
      'ru-Latn',
      CYRILLIC,
      'Вариант «ru-Latn» (русский, латиница) не поддерживается. Показано: русский, кириллица.',
      '"ru-Latn" asks for Russian in Latin script, which is not available. Showing Russian in Cyrillic script.',
    ],
    [
      'KK_latn_kz',
      CYRILLIC,
      '«KK_latn_kz» нұсқасына (қазақ тілі, латын жазуы) қолдау көрсетілмейді. Көрсетілгені: қазақ тілі, кирилл жазуы.',
      '"KK_latn_kz" asks for Kazakh in Latin script, which is not available. Showing Kazakh in Cyrillic script.',
    ],
    [
      'en-Cyrl',
      LATIN,
      '"en-Cyrl" asks for English in Cyrillic script, which is not available. Showing English in Latin script.',
      '"en-Cyrl" asks for English in Cyrillic script, which is not available. Showing English in Latin script.',
    ],
    [
      'ru-Hant',
      CYRILLIC,
      'Вариант «ru-Hant» (русский, Hant) не поддерживается. Показано: русский, кириллица.',
      '"ru-Hant" asks for Russian in Hant script, which is not available. Showing Russian in Cyrillic script.',
    ],
  ];

  for (const [lang, script, notice, logged] of cases) {
    it(`lang="${lang}" draws in the language's own script and says so in it`, async () => {
      let el!: KzAutoYoy;
      const calls = await captureConsole(async () => {
        el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang=${lang}></kz-auto-yoy>`);
      });
      expect(text(el, '.notice')).to.equal(notice);
      expect(text(el, '.title')).to.match(script);
      expect(calls).to.deep.equal([`<kz-auto-yoy>: ${logged}`]);
    });
  }

  it('shows the notice on every widget, not only one', async () => {
    for (const tag of ['kz-plant-share', 'kz-auto-yoy']) {
      let el!: HTMLElement;
      await captureConsole(async () => {
        el = await mount(staticHtml`<${unsafeStatic(tag)} lang="kk-Latn"></${unsafeStatic(tag)}>`);
      });
      expect(text(el, '.notice'), tag).to.contain('латын жазуы');
    }
  });

  it('says nothing when the script is the one drawn, or not given', async () => {
    for (const lang of ['kk', 'kk-KZ', 'kk-Cyrl', 'kk-Cyrl-KZ', 'ru-cyrl-RU', 'en-Latn-US', 'en-GB', 'ru-RU-x-latn']) {
      let el!: KzAutoYoy;
      const calls = await captureConsole(async () => {
        el = await mount<KzAutoYoy>(html`<kz-auto-yoy lang=${lang}></kz-auto-yoy>`);
      });
      expect(el.shadowRoot!.querySelector('.notice'), lang).to.equal(null);
      expect(calls, lang).to.deep.equal([]);
    }
  });

  it('finds the script subtag where BCP 47 puts it', () => {
    expect(scriptOf('kk-Latn')).to.equal('Latn');
    expect(scriptOf('kk_latn_KZ')).to.equal('Latn');
    expect(scriptOf('zh-yue-Hant-HK')).to.equal('Hant');
    expect(scriptOf('kk-KZ')).to.equal(undefined);
    expect(scriptOf('en-US-x-Latn')).to.equal(undefined);
    expect(scriptOf('ru-1994')).to.equal(undefined);
  });
});
