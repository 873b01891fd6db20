/**
 * Sentences built from parts: a period or a label that starts a sentence ("январь 2017: −1 %")
 * takes a capital, and every sentence ends with a full stop, in every language.
 */

/** The first letter upper-cased, past any opening quote or bracket: «азия» → «Азия». */
export function capitalise(text: string): string {
  return text.replace(/^([^\p{L}\p{N}]*)(\p{L})/u, (_, before: string, letter: string) => `${before}${letter.toLocaleUpperCase()}`);
}

/** A text as a sentence: capital first, and a full stop unless it already ends a sentence. */
export function sentence(text: string): string {
  const t = capitalise(text.trim());
  return !t || /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** Several texts as sentences, one after another. */
export const sentences = (texts: string[]) => texts.filter((t) => t.trim()).map(sentence).join(' ');
