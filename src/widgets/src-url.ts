/**
 * The `src` attribute as a URL, checked before anything is fetched. Apart from the fetching
 * (fetch-rows.ts), which a widget loads only when it has a `src` to read.
 */
import type { Problem } from './problems.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

const ALLOWED = ['http:', 'https:', 'data:', 'blob:'];

/** A URL as a message may print it: never a password, never a whole `data:` URL. */
export function shownUrl(url: URL): string {
  if (url.protocol === 'data:') return 'data:…';
  const copy = new URL(url.href);
  if (copy.password) copy.password = '***';
  // A sign-in redirect may carry another address, password and all, in its query.
  return redact(copy.href);
}

/** Any text that may hold a URL with `user:password@`, with the password (to the last `@` of the host part) replaced. */
export const redact = (text: string) => text.replace(/(\/\/[^/?#@\s:]*):[^/?#\s]*@/g, '$1:***@');

/** The URL to fetch, resolved against the page, or why it is not one. */
export function resolveSrc(src: string, base: string): URL | Problem {
  try {
    const url = new URL(src.trim(), base);
    if (!ALLOWED.includes(url.protocol)) return { code: 'bad-url', value: redact(src) };
    // The browser refuses to fetch such a URL, and a page should not carry a password anyway.
    if (url.username || url.password) return { code: 'credentials', url: shownUrl(url) };
    return url;
  } catch {
    return { code: 'bad-url', value: redact(src) };
  }
}

