/** Russian noun forms for a count. */
const plural = new Intl.PluralRules('ru');
/** Picks the Russian noun form for a count: one (1, 21), few (2–4, 22–24), many (5–20, 25…). */
export const pick = (count: number, one: string, few: string, many: string) => {
  if (!Number.isInteger(count)) return few;
  const rule = plural.select(count);
  return rule === 'one' ? one : rule === 'few' ? few : many;
};

/** A scale word ends the printed number: after «тыс.», «млн», «млрд» the noun is genitive plural. */
const SCALED = /(тыс\.|млн|млрд)\s*$/;

/** A decimal fraction is printed last ("1,5", "≈2,5"), with no scale word after it. */
const isFraction = (printed: string) => !SCALED.test(printed) && /\d[.,]\d+\D*$/.test(printed);

/**
 * What the reader sees decides the form, not the value behind it: «≈12 981 единица» although the
 * estimate is 12 980,77; «1,5 раза» (a fraction takes the genitive singular); «38,8 тыс. единиц».
 * Returns 'one', 'few' or 'many'.
 */
export function printedForm(printed: string): 'one' | 'few' | 'many' {
  if (SCALED.test(printed)) return 'many';
  // The last number printed ("110–120" → 120), with its grouping spaces and decimal comma.
  const match = printed.match(/\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?(?!.*\d)/);
  if (!match) return 'many';
  const digits = match[0].replace(/[\s\u00a0\u202f]/g, '');
  if (/[.,]/.test(digits)) return 'few';
  const rule = plural.select(Number(digits));
  return rule === 'one' ? 'one' : rule === 'few' ? 'few' : 'many';
}

/** The noun form agreeing with a printed number: «1 431 единица», «174 единицы», «195 единиц». */
export const pickPrinted = (printed: string, one: string, few: string, many: string) =>
  ({ one, few, many })[printedForm(printed)];

/**
 * The same noun after a preposition or word that takes the genitive («более», «около», «до»):
 * «более 21 единицы», «около 174 единиц», «до 4 раз»; a fraction stays genitive singular.
 */
export const pickPrintedGenitive = (printed: string, genitiveOne: string, genitivePlural: string) =>
  isFraction(printed) || printedForm(printed) === 'one' ? genitiveOne : genitivePlural;

/** «в 2 раза», «в 1,5 раза», «в 5 раз», «в 12 раз», «в 21 раз», «в 22 раза». */
export const timesRu = (printed: string) => `в\u00a0${printed}\u00a0${pickPrinted(printed, 'раз', 'раза', 'раз')}`;

/** «до 4 раз», «до 1,5 раза», «до 21 раза»: «до» takes the genitive. */
export const upToTimesRu = (printed: string) => `до\u00a0${printed}\u00a0${pickPrintedGenitive(printed, 'раза', 'раз')}`;
