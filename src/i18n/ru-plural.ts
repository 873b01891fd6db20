/** Russian noun forms for a count. */
const plural = new Intl.PluralRules('ru');
/** Picks the Russian noun form for a count: one (1, 21), few (2–4, 22–24), many (5–20, 25…). */
export const pick = (count: number, one: string, few: string, many: string) => {
  if (!Number.isInteger(count)) return few;
  const rule = plural.select(count);
  return rule === 'one' ? one : rule === 'few' ? few : many;
};
