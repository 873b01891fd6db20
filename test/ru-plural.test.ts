import { expect } from '@open-wc/testing';
import { pickPrinted, pickPrintedGenitive, printedForm, timesRu, upToTimesRu } from '../src/i18n/ru-plural.js';

const NBSP = '\u00a0';
const unit = (printed: string) => pickPrinted(printed, 'единица', 'единицы', 'единиц');
/** «в 5 раз» with the no-break spaces the function puts in, written here with plain ones. */
const times = (printed: string) => timesRu(printed).replaceAll(NBSP, ' ');

describe('Russian plural by the number as printed', () => {
  it('follows the last digits of whole numbers: 1, 21, 101 one; 2–4, 22–24 few; 0, 5–20, 25 many', () => {
    const one = ['1', '21', '31', '101', '1 001', `12${NBSP}981`, '≈12 981', '−1', '+21'];
    const few = ['2', '3', '4', '22', '23', '24', '102', '174', '1 002', `10${NBSP}804`, '≈1 324'];
    const many = ['0', '5', '6', '9', '10', '11', '12', '13', '14', '15', '19', '20', '25', '111', '112', '114', '195', '≈195', '1 000', '10 125', '38 800', '2 369'];
    for (const n of one) expect(printedForm(n), n).to.equal('one');
    for (const n of few) expect(printedForm(n), n).to.equal('few');
    for (const n of many) expect(printedForm(n), n).to.equal('many');
  });

  it('takes the genitive singular after a decimal fraction', () => {
    for (const n of ['1,5', '2,5', '0,5', '21,5', '≈10,8', '11,1', '5,0']) expect(unit(n), n).to.equal('единицы');
  });

  it('takes the genitive plural after a scale word, whatever its number', () => {
    for (const n of [`1${NBSP}тыс.`, `2${NBSP}тыс.`, `21${NBSP}тыс.`, `38,8${NBSP}тыс.`, `7,4${NBSP}млрд`, '361 млн']) {
      expect(unit(n), n).to.equal('единиц');
    }
  });

  it('reads the printed number, not the value behind it: an estimate 12 980,77 printed ≈12 981 is «единица»', () => {
    expect(unit(`≈12${NBSP}981`)).to.equal('единица');
    expect(unit('≈195')).to.equal('единиц');
    expect(unit('174')).to.equal('единицы');
    expect(unit('110–121')).to.equal('единица');
  });

  it('after «более», «около», «до»: genitive singular for 1, 21 and fractions, genitive plural otherwise', () => {
    const gen = (n: string) => pickPrintedGenitive(n, 'единицы', 'единиц');
    expect(gen('1')).to.equal('единицы');
    expect(gen('21')).to.equal('единицы');
    expect(gen('1,5')).to.equal('единицы');
    for (const n of ['2', '4', '5', '11', '174', '1 000', `10${NBSP}тыс.`]) expect(gen(n), n).to.equal('единиц');
  });

  it('«в N раз»: fractions «раза», 2–4 «раза», 5 and up «раз», 11–14 «раз», 21 «раз», 22–24 «раза»', () => {
    const expected: Record<string, string> = {
      '1,5': 'в 1,5 раза',
      '2,5': 'в 2,5 раза',
      '2': 'в 2 раза',
      '3': 'в 3 раза',
      '4': 'в 4 раза',
      '5': 'в 5 раз',
      '10': 'в 10 раз',
      '11': 'в 11 раз',
      '12': 'в 12 раз',
      '13': 'в 13 раз',
      '14': 'в 14 раз',
      '20': 'в 20 раз',
      '21': 'в 21 раз',
      '22': 'в 22 раза',
      '24': 'в 24 раза',
      '25': 'в 25 раз',
      '100': 'в 100 раз',
      '102': 'в 102 раза',
      '112': 'в 112 раз',
    };
    for (const [n, text] of Object.entries(expected)) expect(times(n), n).to.equal(text);
  });

  it('«до N раз»: «до» takes the genitive', () => {
    expect(upToTimesRu('4').replaceAll(NBSP, ' ')).to.equal('до 4 раз');
    expect(upToTimesRu('5').replaceAll(NBSP, ' ')).to.equal('до 5 раз');
    expect(upToTimesRu('1,5').replaceAll(NBSP, ' ')).to.equal('до 1,5 раза');
    expect(upToTimesRu('21').replaceAll(NBSP, ' ')).to.equal('до 21 раза');
  });

  it('keeps the number and «раз» together with no-break spaces', () => {
    expect(timesRu('5')).to.equal(`в${NBSP}5${NBSP}раз`);
  });
});
