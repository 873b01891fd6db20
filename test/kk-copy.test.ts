import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { NBSP, WIDGET_FORMS, mountTag, openFrame, text, texts } from './helpers.js';

/**
 * The Kazakh copy as a reader meets it: every text of the rendered widget (visible, the summary a
 * screen reader reads, the table, the accessible names of the marks), read as a newspaper copy
 * editor would.
 */
// Every chart, and the fact cards whose Kazakh texts carry a period in a case of its own.
const KK_WIDGETS = [
  ...WIDGET_FORMS.filter((form) => !form.startsWith('kz-fact')),
  'kz-fact fact="production-2016" compare="production-2015-est"',
  'kz-fact fact="asia-auto-production-jul-nov-2016"',
  'kz-fact fact="local-share-2016-03" compare="local-share-2015-03"',
  'kz-fact fact="production-value-2015"',
];

async function mountKk(spec: string, width = 640): Promise<LitElement> {
  // One widget on the page at a time: a widget below the fold waits to be scrolled to before it draws.
  document.querySelectorAll('body > div').forEach((d) => d.remove());
  const [tag, ...attrs] = spec.split(' ');
  return mountTag(tag!, `lang="kk" ${attrs.join(' ')}`, width);
}

/** Every reader text of the element, one string per element or accessible name. */
function readerTexts(el: Element): string[] {
  const root = el.shadowRoot!;
  const own = [...root.querySelectorAll('*')]
    .filter((n) => n.localName !== 'style' && [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()))
    .map((n) => [...n.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent).join(''));
  const names = [...root.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')!);
  return [...own, ...names].map((s) => s.replace(/[ \t\n\r]+/g, ' ').trim()).filter(Boolean);
}

const MONTH = '(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)';

describe('Kazakh copy', () => {
  it('writes dates in Kazakh order, the year first, in every widget', async () => {
    for (const spec of KK_WIDGETS) {
      const el = await mountKk(spec);
      for (const line of readerTexts(el)) {
        expect(line, spec).to.not.match(new RegExp(`${MONTH}\\s\\d{4}`));
      }
    }
    const dealer = await mountKk('kz-dealer-sales');
    // The locative the sentence needs: "in January–November 2016".
    expect(text(dealer, '.subtitle')).to.equal(
      `2016${NBSP}жылғы қаңтар–қарашада ресми дилерлер сатқан және Қазақстанда шығарылған жеңіл автокөліктер, 2015${NBSP}жылдың сол айларымен салыстырғанда; әр көрсеткіштің 2015${NBSP}жылғы жолағы${NBSP}=${NBSP}100`,
    );
    const yoy = await mountKk('kz-auto-yoy');
    expect(text(yoy, '.subtitle')).to.equal(
      `Түрлері бойынша автокөлік өндірісі, 2016${NBSP}жылғы қаңтар–қараша, 2015${NBSP}жылдың сол айларымен салыстырғанда, дана`,
    );
    const share = await mountKk('kz-plant-share');
    expect(texts(share, 'table tbody th')).to.deep.equal([`2015${NBSP}жылғы наурыз`, `2016${NBSP}жылғы наурыз`]);
    // The same month of two years is said once.
    expect(text(share, '.subtitle')).to.equal(
      `Ресми саудадағы Қазақстанда құрастырылған автокөліктер үлесі, 2015 және 2016${NBSP}жылдары наурызда,${NBSP}%`,
    );
    const fact = await mountKk('kz-fact fact="production-2016" compare="production-2015-est"');
    expect(text(fact, '.subtitle')).to.equal(`2016${NBSP}жылғы қаңтар–қараша`);
    // "−22 % against ≈13 000 vehicles in January–November 2015": қарағанда takes the dative.
    // The comparison wraps at ordinary spaces, one text a line.
    expect(texts(fact, 'svg.plot .value').join(' ')).to.equal(`2015${NBSP}жылғы қаңтар–қарашадағы ≈13${NBSP}000${NBSP}автокөлікке қарағанда −22${NBSP}%`);
    const recovery = await mountKk('kz-recovery');
    expect(text(recovery, '.headline')).to.equal(
      `«Азия Авто»: 2016${NBSP}жылғы шілде–қарашада 2${NBSP}369${NBSP}автокөлік, бір жыл бұрынғыға қарағанда +44${NBSP}%`,
    );
    const map = await mountKk('kz-plants-map');
    expect(texts(map, 'table td').join(' ')).to.contain(`2${NBSP}369${NBSP}автокөлік (2016${NBSP}жылғы шілде–қараша)`);
  });

  it('names a span across years with both years, and a year-only period as a year', async () => {
    const el = await mountKk('kz-fact fact="x"');
    (el as unknown as { data: unknown }).data = [
      { id: 'x', label: 'Сатылым', value: 1200, unit: 'vehicles', period_from: '2016-12', period_to: '2017-02' },
    ];
    await el.updateComplete;
    expect(text(el, '.subtitle')).to.equal(`2016${NBSP}жылғы желтоқсан – 2017${NBSP}жылғы ақпан`);
  });

  it('joins case endings to digits with a hyphen, by the number as spoken', async () => {
    const el = await mountKk('kz-fact fact="a"');
    const shown = async (value: number, qualifier: string, unit = 'vehicles') => {
      (el as unknown as { data: unknown }).data = [{ id: 'a', label: 'Сан', value, unit, qualifier }];
      await el.updateComplete;
      return text(el, '.big-number');
    };
    expect(await shown(174, 'almost')).to.equal('174-ке жуық автокөлік');
    expect(await shown(174, 'over')).to.equal('174-тен астам автокөлік');
    expect(await shown(5, 'over')).to.equal('5-тен астам автокөлік');
    expect(await shown(2369, 'almost')).to.equal(`2${NBSP}369-ға жуық автокөлік`);
    expect(await shown(1000, 'over')).to.equal(`1${NBSP}000-нан астам автокөлік`);
    expect(await shown(50, 'up-to')).to.equal('50-ге дейін автокөлік');
    expect(await shown(2e9, 'over', 'kzt')).to.equal(`2${NBSP}млрд${NBSP}теңгеден астам`);
    expect(await shown(31e9, 'almost', 'kzt')).to.equal(`31${NBSP}млрд${NBSP}теңгеге жуық`);
  });

  it('says «марка», «нарығы», «Жолақты диаграмма» and «Escape пернесін басыңыз»', async () => {
    const brands = await mountKk('kz-brands');
    expect(text(brands, '.title')).to.equal(`Мысалы, Қазақстанда 5${NBSP}елдің 7${NBSP}маркасы құрастырылады`);
    expect(text(brands, 'table caption')).to.equal('Қазақстанда құрастырылатын маркалар');
    // The map labels each plant with one figure; Kostanay's brand count is read on the mark.
    const map = await mountKk('kz-plants-map');
    const marks = [...map.shadowRoot!.querySelectorAll('svg.plot [aria-label]')].map((m) => m.getAttribute('aria-label')).join(' ');
    expect(marks).to.contain(`7${NBSP}марка`);
    for (const spec of KK_WIDGETS) {
      const el = await mountKk(spec);
      const all = readerTexts(el).join('\n');
      expect(all, spec).to.not.match(/бренд|рыног|рынок|Бағанды|бағанды/);
      // All the charts draw horizontal bars.
      if (!spec.startsWith('kz-fact') && !spec.startsWith('kz-brands') && !spec.startsWith('kz-plants-map')) {
        expect(text(el, '#summary'), spec).to.match(/^Жолақты диаграмма/);
      }
      expect(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('aria-label'), spec).to.contain('шығу үшін Escape пернесін басыңыз');
    }
    const value = await mountKk('kz-output-value');
    expect(texts(value, '.note').join(' ')).to.contain('автокөлік нарығының көлемі: 7,4');
  });

  it('starts every sentence with a capital', async () => {
    for (const spec of KK_WIDGETS) {
      const el = await mountKk(spec);
      for (const line of readerTexts(el)) {
        expect(line, spec).to.not.match(/[.!?]\s+[a-zа-яёәғқңөұүһі]/u);
      }
    }
    const share = await mountKk('kz-plant-share');
    expect(text(share, '.annotation')).to.equal(`Бір жылда +13${NBSP}пайыздық пункт`);
  });

  it('says two conflicting figures cannot both be right', async () => {
    const el = await mountKk('kz-fact fact="production-value-2015"');
    expect(text(el, '.note')).to.contain('екеуі бірдей дұрыс бола алмайды');
  });

  it('writes brand names in Latin, as the brands do', async () => {
    const el = await mountKk('kz-brands');
    expect(texts(el, '.chip-label')).to.deep.equal(['Hyundai', 'KIA', 'SsangYong', 'Peugeot', 'Škoda', 'Iveco', 'Lada']);
    expect(text(el, '.note')).to.contain('тек Lada үшін');
    expect(readerTexts(el).join(' ')).to.not.match(/Хюндай|КИА|Сан Енг|Пежо|Шкода|Ивеко|Лада/);
  });

  it('prints the Kazakh demo article as an editor would', async () => {
    const { frame, doc } = await openFrame('/demo/kk.html', { scripts: false });
    const article = doc.querySelector('article')!.textContent!.replace(/\s+/g, ' ');
    frame.remove();
    expect(doc.title).to.equal(`Қазақстанда автокөлік өндірісі 11${NBSP}айда 22${NBSP}пайызға қысқарды — демо-мақала`);
    expect(article).to.not.match(/бестен бір есе|174 данаға жетті|рыног|рынок|бренд|Хюндай|Лада/);
    expect(article).to.contain('174 дана болды');
    expect(article).to.contain('олардың қатарында Hyundai, KIA, Škoda, Iveco жүк автокөліктері және Lada бар');
    expect(article).to.contain('Lada Kalina, Granta және Priora');
    expect(article).to.not.match(/[.!?]\s+[a-zа-яёәғқңөұүһі]/u);
  });
});
