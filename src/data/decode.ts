/**
 * Bytes of a data file to text. Newsrooms in Kazakhstan save CSV from Excel as UTF-8 (with or
 * without a BOM), as UTF-16 ("Unicode text") or as Windows-1251 (Excel's "CSV" in a Russian
 * locale). In order: a BOM decides; then a charset the server names; then strict UTF-8; then
 * UTF-16 without a BOM (every other byte zero); then Windows-1251 when the bytes read as
 * Cyrillic text. Anything else is refused rather than drawn as `����`.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false };

const decode = (bytes: Uint8Array, label: string, fatal = false) => new TextDecoder(label, { fatal }).decode(bytes);

/** The encoding a `Content-Type` header names, if the browser knows it. */
export function charsetOf(contentType: string): string | undefined {
  const label = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** Bytes ≥ 0x80 that Windows-1251 maps to Cyrillic letters, Ё/ё, №, «», dashes or a no-break space. */
function isCyrillic1251(byte: number): boolean {
  return byte >= 0xc0 || byte === 0xa8 || byte === 0xb8 || byte === 0xb9 || byte === 0xab || byte === 0xbb || byte === 0x96 || byte === 0x97 || byte === 0xa0;
}

const isAsciiLetter = (byte: number | undefined) => byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));

/**
 * Nine in ten high bytes are Cyrillic letters or their punctuation, no control bytes, and the
 * letters stand in words of their own: in Windows-1252 "Citroën" the `ë` is 0xEB, a Cyrillic
 * `л` in Windows-1251, but one wedged between Latin letters.
 */
function looks1251(bytes: Uint8Array): boolean {
  let high = 0;
  let cyrillic = 0;
  let wedged = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
    if (b >= 0x80) {
      high += 1;
      if (isCyrillic1251(b)) cyrillic += 1;
      if (b >= 0xc0 && (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1]))) wedged += 1;
    }
  }
  return high > 0 && cyrillic >= high * 0.9 && wedged <= cyrillic * 0.1;
}

/** UTF-16 without a BOM: in ASCII-heavy text, one byte of each pair is zero. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

export function decodeBytes(bytes: Uint8Array, charset?: string): Decoded {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { ok: true, text: decode(bytes, 'utf-8'), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { ok: true, text: decode(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { ok: true, text: decode(bytes, 'utf-16be'), encoding: 'utf-16be' };
  // A server that says UTF-8 (or nothing) is often wrong; one that names another charset knows.
  if (charset && charset !== 'utf-8') return { ok: true, text: decode(bytes, charset), encoding: charset };
  let utf8: string | undefined;
  try {
    utf8 = decode(bytes, 'utf-8', true);
  } catch {
    // Not UTF-8: try the encodings a spreadsheet here may have used.
  }
  // Valid UTF-8 can still be UTF-16 without a BOM (zero bytes are valid UTF-8).
  const order = utf8 === undefined || utf8.includes('\0') ? utf16Order(bytes) : undefined;
  if (order) return { ok: true, text: decode(bytes, order), encoding: order };
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  if (looks1251(bytes)) return { ok: true, text: decode(bytes, 'windows-1251'), encoding: 'windows-1251' };
  return { ok: false };
}
