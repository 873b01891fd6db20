/**
 * CSV injection (OWASP): a spreadsheet evaluates a cell that starts with = + - @, a tab or a
 * carriage return, also after leading blanks or apostrophes, and the full-width forms some
 * locales accept. Such a text is written with a leading apostrophe, which spreadsheets take as
 * "this is text" and do not show. Only a cell that is wholly a number goes out bare.
 *
 * Excel set to Russian or Kazakh splits a comma-separated file at semicolons, quotes or not, so
 * each part of a text after a `;` starts a cell there: it is guarded the same way.
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u00a0\u3000']*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Only a cell that is wholly a number may go out bare. With a `;` in it, no part is: a
 * comma-reading spreadsheet sees all of `-0;` (not a number), and to a `;`-splitting one a part
 * after the first starts behind the quote.
 */
const risky = (text: string, whole: boolean) => FORMULA_START.test(text) && !(whole && PLAIN_NUMBER.test(text));

/** The cell as written to a CSV file: each risky part behind an apostrophe. */
export const guardCell = (text: string) => {
  const parts = text.split(';');
  return parts.map((part) => (risky(part, parts.length === 1) ? `'${part}` : part)).join(';');
};

/**
 * The cell as read back: the apostrophes `guardCell` added come off, so a download put back at
 * `src` reads as written. An exact inverse: a part that itself begins with an apostrophe before
 * a formula character was written with a second one.
 */
export const unguardCell = (text: string) => {
  const parts = text.split(';');
  return parts.map((part) => (part.startsWith("'") && risky(part.slice(1), parts.length === 1) ? part.slice(1) : part)).join(';');
};
