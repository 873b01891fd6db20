/**
 * Kazakh case endings for the last word of a quantity, for the hedged forms the source prints
 * ("10 мыңнан астам", "31 миллиардқа жуық", "4 есеге дейін"). Endings follow vowel harmony
 * and the final sound of the word as it is spoken. After digits or an abbreviation the ending is
 * joined with a hyphen, as Kazakh print has it: "174-ке", "1 000-нан", "2 млрд-тан".
 */
const BACK = /[аоұыя]/;
const FRONT = /[әеөүіэ]/;
const DIGIT_WORDS = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TEN_WORDS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
const POWER_WORDS: [number, string][] = [[1e9, 'миллиард'], [1e6, 'миллион'], [1e3, 'мың'], [1e2, 'жүз']];
/** Abbreviations are read out in full, so they take the ending of the full word. */
const ABBREVIATIONS: Record<string, string> = { млрд: 'миллиард', млн: 'миллион', трлн: 'триллион', '%': 'пайыз' };

/** The spoken last word of a whole number written in digits ("10 125" → "бес", "80" → "сексен"). */
function spokenLast(digits: string): string {
  const n = Number(digits.replace(/\D/g, '')) || 0;
  if (n % 10 || n === 0) return DIGIT_WORDS[n % 10]!;
  if (n % 100) return TEN_WORDS[(n % 100) / 10]!;
  return POWER_WORDS.find(([size]) => n % size === 0)![1];
}

/** The word whose sound decides the ending, and whether the ending needs a hyphen. */
function spoken(phrase: string): { word: string; hyphen: boolean } {
  // "1 000" is one number though it holds a space; "7,4" is read "жеті бүтін оннан төрт",
  // so the ending follows the digits after the decimal comma.
  const number = /(\d{1,3}(?:[\s\u00a0\u202f]\d{3})*|\d+)(?:[.,](\d+))?$/.exec(phrase.trim());
  if (number) return { word: spokenLast(number[2] ?? number[1]!), hyphen: true };
  const last = phrase.trim().split(/[\s\u00a0]+/).pop() ?? '';
  const lower = last.toLowerCase();
  if (lower in ABBREVIATIONS) return { word: ABBREVIATIONS[lower]!, hyphen: true };
  return { word: lower, hyphen: /[^\p{Script=Cyrillic}]$/u.test(last) };
}

/** Back or front by the last vowel that decides it; у and и follow the vowel before them ("елу"). */
function harmony(word: string): 'back' | 'front' {
  for (const c of [...word].reverse()) {
    if (BACK.test(c)) return 'back';
    if (FRONT.test(c)) return 'front';
  }
  return 'back';
}

const VOICELESS = /[кқпстфхцчшщбвгд]$/;
const NASAL = /[мнң]$/;

function attach(phrase: string, hyphen: boolean, ending: string): string {
  return `${phrase}${hyphen ? '-' : ''}${ending}`;
}

/** Ablative (-дан/-ден/-тан/-тен/-нан/-нен): "мыңнан", "теңгеден", "5-тен", "1 000-нан". */
export function ablative(phrase: string): string {
  const { word, hyphen } = spoken(phrase);
  const a = harmony(word) === 'back' ? 'ан' : 'ен';
  const c = NASAL.test(word) ? 'н' : VOICELESS.test(word) ? 'т' : 'д';
  return attach(phrase, hyphen, `${c}${a}`);
}

/** Dative (-ға/-ге/-қа/-ке): "миллиардқа", "есеге", "174-ке", "2 369-ға". */
export function dative(phrase: string): string {
  const { word, hyphen } = spoken(phrase);
  const back = harmony(word) === 'back';
  const ending = VOICELESS.test(word) ? (back ? 'қа' : 'ке') : back ? 'ға' : 'ге';
  return attach(phrase, hyphen, ending);
}

/** Locative (-да/-де/-та/-те): "қарашада", "наурызда", "2016-да". */
export function locative(phrase: string): string {
  const { word, hyphen } = spoken(phrase);
  const a = harmony(word) === 'back' ? 'а' : 'е';
  return attach(phrase, hyphen, `${VOICELESS.test(word) ? 'т' : 'д'}${a}`);
}
