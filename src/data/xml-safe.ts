/**
 * Text without the characters XML 1.0 forbids, read where texts and rows come in: a title
 * pasted from Word carries U+000B for its line breaks, and one such character makes the SVG
 * download unreadable and the PNG fail. Word's line and page breaks become spaces, a lone half
 * of a surrogate pair the replacement character, the other control characters go.
 */
const FORBIDDEN = /[\u000b\u000c]|[\u0000-\u0008\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlSafe = (text: string): string =>
  text.replace(FORBIDDEN, (c) => (c === '\u000b' || c === '\u000c' ? ' ' : c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '\ufffd' : ''));
