/**
 * Kazakh case endings for the last word of a quantity, for the hedged forms the source prints
 * ("10 мыңнан астам", "31 миллиардқа жуық", "4 есеге дейін"). Endings follow vowel harmony
 * and the final sound; a number ending in digits takes the ending of its spoken last word.
 */
const BACK = /[аоұыяу]/;
const VOWELS = /[аәеиоөұүыіэюяу]/;
const DIGIT_WORDS = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TEN_WORDS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

/** The spoken last word of a number written in digits ("10 125" → "бес", "80" → "сексен"). */
function spokenLast(digits: string): string {
  const n = Number(digits.replace(/\D/g, '')) || 0;
  if (n % 10 || n === 0) return DIGIT_WORDS[n % 10]!;
  if (n % 100) return TEN_WORDS[(n % 100) / 10]!;
  if (n % 1000) return 'жүз';
  return n % 1e6 ? 'мың' : 'миллион';
}

function lastWord(phrase: string): string {
  const word = phrase.trim().split(/[\s\u00a0]+/).pop() ?? '';
  return /\d$/.test(word) ? spokenLast(word.split(/[.,]/).pop()!) : word.toLowerCase();
}

function harmony(word: string): 'back' | 'front' {
  const vowels = [...word].filter((c) => VOWELS.test(c));
  const last = vowels[vowels.length - 1] ?? 'а';
  return BACK.test(last) ? 'back' : 'front';
}

/** Ablative (-дан/-ден/-тан/-тен/-нан/-нен): "мыңнан", "теңгеден", "бестен". */
export function ablative(phrase: string): string {
  const word = lastWord(phrase);
  const end = word.slice(-1);
  const a = harmony(word) === 'back' ? 'ан' : 'ен';
  const c = /[мнң]/.test(end) ? 'н' : /[кқпстфхцчшщбвгд]/.test(end) ? 'т' : 'д';
  return `${phrase}${c}${a}`;
}

/** Dative (-ға/-ге/-қа/-ке): "миллиардқа", "есеге", "төртке". */
export function dative(phrase: string): string {
  const word = lastWord(phrase);
  const end = word.slice(-1);
  const back = harmony(word) === 'back';
  const voiceless = /[кқпстфхцчшщбвгд]/.test(end);
  return `${phrase}${voiceless ? (back ? 'қа' : 'ке') : back ? 'ға' : 'ге'}`;
}
