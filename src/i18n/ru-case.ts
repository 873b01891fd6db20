import type { Period } from '../data/types.js';

const DATIVE: Record<string, string> = {
  январь: 'январю', февраль: 'февралю', март: 'марту', апрель: 'апрелю', май: 'маю', июнь: 'июню',
  июль: 'июлю', август: 'августу', сентябрь: 'сентябрю', октябрь: 'октябрю', ноябрь: 'ноябрю', декабрь: 'декабрю',
};

/**
 * A Russian period after «к», in the dative: «к январю–ноябрю 2015 года», «к 2015 году»,
 * «к 2010–2015 годам». A period the dataset only describes has no such form: undefined.
 */
export function ruDativePeriod(printed: string, kind: Period['kind']): string | undefined {
  switch (kind) {
    case 'months':
      return `${printed.replace(/[а-яё]+/g, (w) => DATIVE[w] ?? w)}\u00a0года`;
    case 'year':
      return `${printed}\u00a0году`;
    case 'years':
      return `${printed}\u00a0годам`;
    default:
      return undefined;
  }
}
