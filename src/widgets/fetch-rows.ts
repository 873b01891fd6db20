/**
 * Fetching a newsroom's data file (`src`): JSON or CSV, with a timeout, every failure kept as a
 * problem the widget can word in the reader's language. Nothing here throws.
 */
import { parseCsv } from '../data/csv.js';
import type { Problem } from './problems.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export type Fetched = { ok: true; rows: unknown } | { ok: false; problem: Problem };

const ALLOWED = ['http:', 'https:', 'data:', 'blob:'];

/** The URL to fetch, resolved against the page, or why it is not one. */
export function resolveSrc(src: string, base: string): URL | Problem {
  try {
    const url = new URL(src.trim(), base);
    return ALLOWED.includes(url.protocol) ? url : { code: 'bad-url', value: src };
  } catch {
    return { code: 'bad-url', value: src };
  }
}

/** JSON when the server or the file name says so, CSV likewise; otherwise by the first character. */
function isJson(url: URL, contentType: string, body: string): boolean {
  if (/json/i.test(contentType) || /\.json$/i.test(url.pathname)) return true;
  if (/csv|text\/plain/i.test(contentType) || /\.csv$/i.test(url.pathname)) return false;
  return /^\s*[[{]/.test(body);
}

export async function fetchRows(url: URL, timeoutMs: number, signal: AbortSignal): Promise<Fetched> {
  const shown = url.protocol === 'data:' ? 'data:…' : url.href;
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, problem: { code: 'http-status', url: shown, status: response.status } };
    const body = await response.text();
    if (!isJson(url, response.headers.get('content-type') ?? '', body)) {
      const parsed = parseCsv(body);
      return { ok: true, rows: { columns: parsed.columns, rows: parsed.rows } };
    }
    try {
      return { ok: true, rows: JSON.parse(body) as unknown };
    } catch (error) {
      return { ok: false, problem: { code: 'not-json', url: shown, reason: (error as Error).message.slice(0, 80) } };
    }
  } catch (error) {
    if (timedOut) return { ok: false, problem: { code: 'timeout', url: shown, ms: timeoutMs } };
    return { ok: false, problem: { code: 'fetch-failed', url: shown, reason: (error as Error)?.message || String(error) } };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
