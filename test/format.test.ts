import { expect } from '@open-wc/testing';
import { getLocale } from '../src/i18n/index.js';
import { ablative, dative, locative } from '../src/i18n/kk-case.js';
import { inPeriod, ofPeriod } from '../src/i18n/kk-period.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('number and period formats', () => {
  it('groups thousands and marks decimals per locale', () => {
    expect(getLocale('en').f.number(61.5)).to.equal('61.5');
    expect(getLocale('ru').f.number(61.5)).to.equal('61,5');
    expect(getLocale('kk').f.number(7.4)).to.equal('7,4');
    expect(getLocale('en').f.number(124000, 0)).to.equal('124,000');
    expect(getLocale('kk').f.number(124000, 0)).to.equal(`124${NBSP}000`);
  });

  it('signs changes with a true minus and leaves zero unsigned', () => {
    expect(getLocale('en').f.signedPercent(-24.5)).to.equal(`${MINUS}24.5%`);
    expect(getLocale('ru').f.signedPercent(8)).to.equal(`+8${NBSP}%`);
    expect(getLocale('en').f.signedPercent(0)).to.equal('0%');
  });

  it('names month ranges and single months in each language', () => {
    const janNov = { kind: 'months', from: '2016-01', to: '2016-11' } as const;
    const march = { kind: 'months', from: '2015-03', to: '2015-03' } as const;
    expect(getLocale('en').f.period(janNov)).to.equal('January–November 2016');
    expect(getLocale('ru').f.period(janNov)).to.equal('январь–ноябрь 2016');
    // Kazakh puts the year first, as an attribute, and keeps it with «жылғы».
    expect(getLocale('kk').f.period(janNov)).to.equal(`2016${NBSP}жылғы қаңтар–қараша`);
    expect(getLocale('kk').f.period(march)).to.equal(`2015${NBSP}жылғы наурыз`);
    expect(getLocale('kk').f.period({ kind: 'months', from: '2015-12', to: '2016-02' })).to.equal(
      `2015${NBSP}жылғы желтоқсан – 2016${NBSP}жылғы ақпан`,
    );
    expect(getLocale('kk').f.period({ kind: 'year', year: 2015 })).to.equal('2015');
    expect(getLocale('en').f.period({ kind: 'years', from: 2010, to: 2015 })).to.equal('2010–2015');
  });

  it('uses Russian plural forms for counts', () => {
    const { t } = getLocale('ru');
    expect(t.vehicles('1', 1)).to.equal(`1${NBSP}единица техники`);
    expect(t.vehicles('3', 3)).to.equal(`3${NBSP}единицы техники`);
    expect(t.vehicles(`10${NBSP}125`, 10125)).to.equal(`10${NBSP}125${NBSP}единиц техники`);
    expect(t.percentagePoints('+13', 13)).to.equal(`+13${NBSP}процентных пунктов`);
    expect(t.percentagePoints('+2', 2)).to.equal(`+2${NBSP}процентных пункта`);
  });
});

describe('large numbers and money', () => {
  it('abbreviates with the word each language uses', () => {
    expect(getLocale('en').f.compact(38_800)).to.equal('38.8 thousand');
    expect(getLocale('ru').f.compact(38_800)).to.equal(`38,8${NBSP}тыс.`);
    expect(getLocale('kk').f.compact(124_000)).to.equal(`124${NBSP}мың`);
    expect(getLocale('ru').f.compact(61.5e9)).to.equal(`61,5${NBSP}млрд`);
    expect(getLocale('en').f.compact(174)).to.equal('174');
  });

  it('writes tenge and dollars as readers of each language expect', () => {
    expect(getLocale('en').f.money(61.5e9, 'KZT')).to.equal('61.5 billion tenge');
    expect(getLocale('en').f.money(7.4e9, 'USD')).to.equal('$7.4 billion');
    // Russian names both currencies in words, as the articles do.
    expect(getLocale('ru').f.money(61.5e9, 'KZT')).to.equal(`61,5${NBSP}млрд${NBSP}тенге`);
    expect(getLocale('ru').f.money(361e6, 'USD')).to.equal(`361${NBSP}млн${NBSP}долларов`);
    expect(getLocale('ru').f.money(21, 'USD')).to.equal(`21${NBSP}доллар`);
    expect(getLocale('ru').f.money(2.5, 'USD')).to.equal(`2,5${NBSP}доллара`);
    expect(getLocale('kk').f.money(80e9, 'KZT')).to.equal(`80${NBSP}млрд${NBSP}теңге`);
    expect(getLocale('kk').f.money(7.4e9, 'USD')).to.equal(`7,4${NBSP}млрд${NBSP}доллар`);
  });
});

describe('Kazakh case endings after numbers', () => {
  // The ending follows the last spoken word of the number and is joined to digits with a hyphen.
  const cases: [string, string, string][] = [
    ['0', '0-ге', '0-ден'],
    ['1', '1-ге', '1-ден'],
    ['2', '2-ге', '2-ден'],
    ['3', '3-ке', '3-тен'],
    ['4', '4-ке', '4-тен'],
    ['5', '5-ке', '5-тен'],
    ['6', '6-ға', '6-дан'],
    ['7', '7-ге', '7-ден'],
    ['8', '8-ге', '8-ден'],
    ['9', '9-ға', '9-дан'],
    ['10', '10-ға', '10-нан'],
    ['20', '20-ға', '20-дан'],
    ['21', '21-ге', '21-ден'],
    ['30', '30-ға', '30-дан'],
    ['40', '40-қа', '40-тан'],
    ['50', '50-ге', '50-ден'],
    ['60', '60-қа', '60-тан'],
    ['70', '70-ке', '70-тен'],
    ['80', '80-ге', '80-нен'],
    ['90', '90-ға', '90-нан'],
    ['100', '100-ге', '100-ден'],
    ['174', '174-ке', '174-тен'],
    [`1${NBSP}000`, `1${NBSP}000-ға`, `1${NBSP}000-нан`],
    [`2${NBSP}369`, `2${NBSP}369-ға`, `2${NBSP}369-дан`],
    [`10${NBSP}125`, `10${NBSP}125-ке`, `10${NBSP}125-тен`],
    [`38${NBSP}800`, `38${NBSP}800-ге`, `38${NBSP}800-ден`],
    [`1${NBSP}000${NBSP}000`, `1${NBSP}000${NBSP}000-ға`, `1${NBSP}000${NBSP}000-нан`],
    ['7,4', '7,4-ке', '7,4-тен'],
    ['61,5', '61,5-ке', '61,5-тен'],
    ['24,5', '24,5-ке', '24,5-тен'],
    ['10,8', '10,8-ге', '10,8-ден'],
  ];
  for (const [n, dat, abl] of cases) {
    it(`${n}: ${dat}, ${abl}`, () => {
      expect(dative(n)).to.equal(dat);
      expect(ablative(n)).to.equal(abl);
    });
  }

  it('reads abbreviations in full and words by their own sounds, without a hyphen', () => {
    expect(ablative(`2${NBSP}млрд`)).to.equal(`2${NBSP}млрд-тан`);
    expect(dative(`31${NBSP}млн`)).to.equal(`31${NBSP}млн-ға`);
    expect(ablative(`10${NBSP}мың`)).to.equal(`10${NBSP}мыңнан`);
    expect(dative(`31${NBSP}млрд${NBSP}теңге`)).to.equal(`31${NBSP}млрд${NBSP}теңгеге`);
    expect(dative('4 есе')).to.equal('4 есеге');
    expect(ablative(`24${NBSP}%`)).to.equal(`24${NBSP}%-дан`);
    expect(dative('автокөлік')).to.equal('автокөлікке');
  });

  it('puts a period in the locative a sentence needs', () => {
    expect(locative('қараша')).to.equal('қарашада');
    expect(locative('қыркүйек')).to.equal('қыркүйекте');
    expect(inPeriod(`2016${NBSP}жылғы қаңтар–қараша`)).to.equal(`2016${NBSP}жылғы қаңтар–қарашада`);
    expect(inPeriod(`2016${NBSP}жылғы наурыз`)).to.equal(`2016${NBSP}жылғы наурызда`);
    expect(inPeriod('2015')).to.equal(`2015${NBSP}жылы`);
    expect(inPeriod('2010–2015')).to.equal(`2010–2015${NBSP}жылдары`);
    expect(inPeriod('соңғы алты жылда')).to.equal('соңғы алты жылда');
    expect(ofPeriod(`2015${NBSP}жылғы қаңтар–қараша`)).to.equal(`2015${NBSP}жылғы қаңтар–қарашадағы`);
    expect(ofPeriod(`2016${NBSP}жылғы маусым`)).to.equal(`2016${NBSP}жылғы маусымдағы`);
    expect(ofPeriod(`2016${NBSP}жылғы желтоқсан`)).to.equal(`2016${NBSP}жылғы желтоқсандағы`);
    expect(ofPeriod(`2016${NBSP}жылғы сәуір`)).to.equal(`2016${NBSP}жылғы сәуірдегі`);
    expect(ofPeriod('жоспарланған')).to.equal(undefined);
  });
});
