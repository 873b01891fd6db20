/**
 * CSV injection (OWASP): a spreadsheet evaluates a cell that starts with = + - @, a tab or a
 * carriage return, also after leading blanks or apostrophes, and the full-width forms some
 * locales accept. Such a text cell is written with a leading apostrophe, which spreadsheets take
 * as "this is text" and do not show. Only a cell that is wholly a number goes out bare.
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u00a0\u3000']*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

const risky = (text: string) => FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);

/** The cell as written to a CSV file: a risky text behind an apostrophe. */
export const guardCell = (text: string) => (risky(text) ? `'${text}` : text);

/**
 * The cell as read back: the apostrophe `guardCell` added comes off, so a download put back at
 * `src` reads as written. Exact inverse: a text that itself begins with an apostrophe before a
 * formula character was written with a second one.
 */
export const unguardCell = (text: string) => (text.startsWith("'") && risky(text.slice(1)) ? text.slice(1) : text);
