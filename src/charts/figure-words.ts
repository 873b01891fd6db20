/**
 * A figure as printed split into the number and the words around it: "more than 38.8 thousand
 * vehicles" → ["more than", "38.8", "thousand vehicles"]. A sign, "≈" and a "%" belong to the
 * number; a range ("110–120 %") is one number. No number: all of it is the figure.
 */
export function splitFigure(value: string) {
  const m = /[−+\-]?[≈~]?\d(?:[\d\s.,–—]*\d)?(?:[\s\u00a0\u202f]?%)?/.exec(value);
  if (!m) return { before: '', figure: value, after: '', beforeSpace: ' ', afterSpace: ' ' };
  const trim = (s: string) => s.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
  const before = value.slice(0, m.index);
  const after = value.slice(m.index + m[0].length);
  // The space as printed: a no-break one keeps the number with its unit in the text a reader copies.
  return { before: trim(before), figure: m[0].trim(), after: trim(after), beforeSpace: /\s$/.test(before) ? before.slice(-1) : '', afterSpace: /^\s/.test(after) ? after[0]! : '' };
}
