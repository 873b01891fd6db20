import { xmlSafe } from '../data/xml-safe.js';

/**
 * Text for markup we write as strings (static SVG and HTML, the no-script fallback, embed codes).
 * Function replacements only: a string replacement would read "$&" in the text as a pattern.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeText = (s: string) => xmlSafe(s).replace(/[&<>]/g, (c) => ENTITIES[c]!);

export const escapeAttribute = (value: string) => xmlSafe(value).replace(/[&<>"]/g, (c) => ENTITIES[c]!);

/** ` lang="kk" mode="change"`: the attributes that have a value, each escaped, with a leading space. */
export const attributeString = (attributes: Record<string, string | undefined>) =>
  Object.entries(attributes)
    .filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => ` ${k}="${escapeAttribute(v!)}"`)
    .join('');
