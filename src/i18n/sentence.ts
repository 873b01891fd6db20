import type { Lang } from '../data/types.js';

/** A sentence starts with a capital, whatever phrase opens it («январь–июнь 2016: …» → «Январь–июнь…»). */
export const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A phrase going on after a colon or semicolon: «…: средний темп роста», "…; trucks". */
export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/**
 * Parts of one sentence joined by semicolons: only the first keeps its capital
 * («Легковые автомобили: 8 157; грузовые автомобили: 1 431»). For our own Russian and English
 * category names only, which never open with a proper name; Kazakh ones may
 * («Қазақстанда шығарылғаны»), so they stay as written.
 */
export const semicolonList = (parts: string[], lang: Lang) =>
  parts
    .map((p, i) => (i === 0 ? capitalize(p) : lang === 'kk' ? p : lowerFirst(p)))
    .join('; ');
