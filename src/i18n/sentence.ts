import type { Lang } from '../data/types.js';

/**
 * Sentences built from parts: a period or a label that starts a sentence ("январь 2017: −1 %")
 * takes a capital, a phrase going on after a colon or semicolon does not, and every sentence ends
 * with a full stop, in every language.
 */

// Letters of the three languages spelled out: a Unicode property class (\p{L}) is compiled into
// a table several kilobytes long for older browsers.
const LETTER = 'A-Za-z\u00c0-\u024f\u0400-\u04ff';
const OPENING = new RegExp(`^([^${LETTER}0-9]*)([${LETTER}])`);

/** The first letter upper-cased, past any opening quote or bracket: «азия» → «Азия»; a text opening with a digit stays. */
export function capitalise(text: string): string {
  return text.replace(OPENING, (_, before: string, letter: string) => `${before}${letter.toLocaleUpperCase()}`);
}

/** A phrase going on after a colon or semicolon: «…: средний темп роста», "…; trucks". */
export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** A text as a sentence: capital first, and a full stop unless it already ends a sentence. */
export function sentence(text: string): string {
  const t = capitalise(text.trim());
  return !t || /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** Several texts as sentences, one after another. */
export const sentences = (texts: string[]) => texts.filter((t) => t.trim()).map(sentence).join(' ');

/**
 * Parts of one sentence joined by semicolons: only the first keeps its capital
 * («Легковые автомобили: 8 157; грузовые автомобили: 1 431»). For our own Russian and English
 * category names only, which never open with a proper name; Kazakh ones may
 * («Қазақстанда шығарылғаны»), so they stay as written.
 */
export const semicolonList = (parts: string[], lang: Lang) =>
  parts.map((p, i) => (i === 0 ? capitalise(p) : lang === 'kk' ? p : lowerFirst(p))).join('; ');

// Place names that open a label and keep their capital: Kazakhstan, Kostanay, Oskemen, Almaty, Astana.
const PROPER = /^(Казахстан|Қазақстан|Костана|Қостана|Өскемен|Усть-Каменогорск|Алмат|Астан)/;

/**
 * A text after a colon, as Russian and Kazakh print it: lower case first («Дереккөзде сондай-ақ:
 * сала өндірісінің…»), unless it opens with a name, which is quoted, Latin, has a second capital
 * (KIA, СарыаркаАвтоПром) or is a place. English keeps its capital.
 */
export function afterColon(text: string, lang: string): string {
  if (lang === 'en') return text;
  const word = text.split(/\s/)[0] ?? '';
  const rest = word.slice(1);
  const capital = word.charAt(0) !== word.charAt(0).toLocaleLowerCase();
  if (!capital || rest !== rest.toLocaleLowerCase() || /^[A-Za-z]/.test(word) || PROPER.test(word)) return text;
  return `${word[0]!.toLocaleLowerCase()}${text.slice(1)}`;
}
