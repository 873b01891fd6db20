/**
 * Periods or names as a list in running text: "2010 and 2015", «январь, февраль и март 2017».
 * Past four items, the first and the last as a range ("2012–2017"), spaced when an item has
 * spaces of its own ("January 2017 – March 2018").
 */
export function listOf(items: string[], and: string): string {
  if (items.length > 4) {
    const first = items[0]!;
    const last = items[items.length - 1]!;
    return /\s/.test(first + last) ? `${first} – ${last}` : `${first}–${last}`;
  }
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
