import { expect } from '@open-wc/testing';
import { facts, reportedFacts, derivedFacts, sources, plants, brands, getFact } from '../src/data/index.js';
import type { Provenance, ReportedFact } from '../src/data/index.js';

const files: Record<string, string> = {
  'vremya-vostoka-2016': '000_0d2ebe0e9186c2e4.txt',
  'inform-kz-2016': '003_24c188ba5ecb5714.txt',
};

/** Paragraphs split at blank lines; sentences end at . ! ? (and a closing ») before a capital. */
function sentence(article: string, p: Provenance): string | undefined {
  const paragraphs = article.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
  const sentences = paragraphs[p.paragraph - 1]?.split(/(?<=[.!?]»?)\s+(?=[«"\p{Lu}])/u);
  return sentences?.[p.sentence - 1];
}

/** "8 157" → 8157, "61.5 миллиарда" → 61.5e9, "7,4 млрд" → 7.4e9, "38.8 тысячи" → 38800. */
function printedNumber(printed: string): number | undefined {
  const words: Record<string, number> = { бір: 1, жеті: 7 };
  const m = printed.match(/\d[\d  ]*(?:[.,]\d+)?/);
  let n: number;
  if (m) n = Number(m[0].replace(/[  ]/g, '').replace(',', '.'));
  else {
    const word = Object.keys(words).find((w) => printed.toLowerCase().includes(w));
    if (!word) return undefined;
    n = words[word]!;
  }
  if (/миллиард|млрд/i.test(printed)) n *= 1e9;
  else if (/млн|миллион/i.test(printed)) n *= 1e6;
  else if (/тысяч|мың/i.test(printed)) n *= 1e3;
  return n;
}

const articles: Record<string, string | null> = {};
before(async () => {
  for (const [id, file] of Object.entries(files)) {
    const res = await fetch(`/__sources__/${file}`);
    articles[id] = res.ok ? await res.text() : null;
  }
});

describe('sector dataset', () => {
  it('gives every fact a unique id, a finite value and labels in kk, ru and en', () => {
    expect(new Set(facts.map((f) => f.id)).size).to.equal(facts.length);
    expect(reportedFacts.length).to.be.at.least(30);
    for (const f of facts) {
      expect(Number.isFinite(f.value), f.id).to.equal(true);
      for (const lang of ['kk', 'ru', 'en'] as const) {
        expect(f.label[lang], `${f.id} label ${lang}`).to.match(/\S/);
        if (f.note) expect(f.note[lang], `${f.id} note ${lang}`).to.match(/\S/);
        if (f.period.kind === 'described') expect(f.period.text[lang]).to.match(/\S/);
      }
    }
  });

  it('gives a literal id its kind, as the README reads it: a reported figure has its source, a derived one its formula', () => {
    expect(getFact('passenger-production-2016').source).to.deep.equal({ article: 'vremya-vostoka-2016', paragraph: 1, sentence: 3, printed: '8 157 единиц' });
    expect(getFact('passenger-production-2015-est').formula).to.match(/passenger-production-2016/);
  });

  it('records the conflicts inside the Kazakh article as notes', () => {
    expect(getFact('production-value-2015').note?.en).to.contain('80 billion dollars');
    expect(getFact('production-value-2015-usd').note?.en).to.contain('80 billion tenge');
    expect(getFact('average-growth-2010-2015').note?.en).to.match(/five-?fold/);
    expect(getFact('growth-rate-recent').note?.en).to.contain('62%');
  });

  it('computes every derived value from its formula', () => {
    const scope = new Map(facts.map((f) => [f.id, f.value]));
    for (const d of derivedFacts) {
      // Replace ids (longest first, so "production-2015-est" is not eaten by "production-2015")
      // with their values and evaluate the arithmetic independently of the module's code.
      let expression = d.formula;
      for (const id of [...d.inputs].sort((a, b) => b.length - a.length)) {
        expect(scope.has(id), `${d.id} input ${id}`).to.equal(true);
        expression = expression.split(id).join(`(${scope.get(id)})`);
      }
      expect(expression, d.id).to.match(/^[\d\s.()+\-*/e]+$/);
      const expected = Function(`return ${expression}`)() as number;
      expect(d.value, d.id).to.be.closeTo(expected, 1e-9);
    }
    expect(getFact('passenger-production-2015-est').value).to.be.closeTo(10_803.97, 0.01);
    expect(getFact('unassigned-production-2016').value).to.equal(363);
    expect(getFact('local-share-change-2016-03').value).to.equal(13);
  });

  describe('against the source articles', function () {
    before(function () {
      if (Object.values(articles).some((a) => a === null)) {
        console.log('Skipping article checks: ../shared/sources is not beside this project.');
        this.skip();
      }
    });

    it('finds every printed figure in the sentence its provenance names, with the same value', () => {
      for (const f of reportedFacts as readonly ReportedFact[]) {
        const s = sentence(articles[f.source.article]!, f.source);
        expect(s, `${f.id}: sentence ${f.source.paragraph}.${f.source.sentence}`).to.be.a('string');
        expect(s, f.id).to.contain(f.source.printed);
        const printed = printedNumber(f.source.printed);
        expect(printed, `${f.id} printed "${f.source.printed}"`).to.not.equal(undefined);
        expect(Math.abs(f.value), f.id).to.be.closeTo(printed!, printed! * 1e-9);
      }
    });

    it('finds the named plants and brands where their provenance says', () => {
      for (const item of [...plants.flatMap((p) => p.sources), ...brands.map((b) => b.source)]) {
        expect(sentence(articles[item.article]!, item)).to.contain(item.printed);
      }
    });

    it('credits the outlet each article names at its end', () => {
      const credit = (article: string) => article.trim().split(/\n/).pop()!.replace(/\s+/g, ' ');
      expect(credit(articles['vremya-vostoka-2016']!)).to.match(/Источник: Время Востока$/);
      expect(sources['vremya-vostoka-2016'].outlet.ru).to.equal('«Время Востока»');
      expect(credit(articles['inform-kz-2016']!)).to.match(/Дереккөз: inform\.kz$/);
      expect(sources['inform-kz-2016'].outlet.kk).to.equal('inform.kz');
    });
  });
});

describe('dependencies', () => {
  it('at runtime: lit and d3 modules only (plus the hydration helper from the Lit project)', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as {
      dependencies: Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    expect(Object.keys(pkg.dependencies).filter((d) => !/^(lit|@lit-labs\/ssr-client|d3-[a-z]+)$/.test(d))).to.deep.equal([]);
    expect(Object.keys(pkg.dependencies)).to.not.include('d3');
    // Server rendering's dependency is optional: embedding pages never install it.
    for (const peer of Object.keys(pkg.peerDependencies ?? {})) expect(pkg.peerDependenciesMeta?.[peer]?.optional, peer).to.equal(true);
  });
});
