/** A sentence starts with a capital, whatever phrase opens it («январь–июнь 2016: …» → «Январь–июнь…»). */
export const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * Parts of one sentence joined by semicolons: only the first keeps its capital
 * («Легковые автомобили: 8 157; грузовые автомобили: 1 431»). For our own category names only,
 * never for proper names.
 */
export const semicolonList = (parts: string[]) =>
  parts.map((p, i) => (i === 0 ? capitalize(p) : p.charAt(0).toLocaleLowerCase() + p.slice(1))).join('; ');
