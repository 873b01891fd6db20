import { expect } from '@open-wc/testing';
import { getLocale } from '../src/i18n/index.js';

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
    expect(getLocale('kk').f.period(janNov)).to.equal('қаңтар–қараша 2016');
    expect(getLocale('kk').f.period(march)).to.equal('наурыз 2015');
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
