/**
 * Fetching a newsroom's data file (`src`): JSON or CSV, with a timeout and a byte budget, every
 * failure kept as a problem the widget can word in the reader's language. Nothing here throws.
 */
import { parseCsv } from '../data/csv.js';
import { charsetOf, decodeBytes } from '../data/decode.js';
import type { Problem } from './problems.js';
import { redact, shownUrl } from './src-url.js';

/**
 * The most a data file may weigh. A widget draws at most 500 rows: kz-fact's 500 rows of 11
 * columns take under 200 KB even as indented JSON. Past this the download is cancelled rather
 * than read, decoded and parsed on the main thread, where the worst 1 MB of CSV (a million
 * doubled quotes, one huge line) parses in tens of milliseconds.
 */
export const MAX_BYTES = 1024 * 1024;

export type Fetched = { ok: true; rows: unknown } | { ok: false; problem: Problem };

/** JSON when the server or the file name says so, CSV likewise; otherwise by the first character. */
function isJson(url: URL, contentType: string, body: string): boolean {
  if (/json/i.test(contentType) || /\.json$/i.test(url.pathname)) return true;
  if (/csv|text\/plain/i.test(contentType) || /\.csv$/i.test(url.pathname)) return false;
  return /^\s*[[{]/.test(body);
}

/** A web page where data was expected: a login wall or an error page answered with 200. */
const isHtml = (contentType: string, body: string) => /html/i.test(contentType) || /^\s*<(!doctype|html|head|body|!--|meta|title|script)\b/i.test(body);

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The body, read chunk by chunk until `max` bytes; `undefined` when it is larger. */
async function readBody(response: Response, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) return undefined;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Fetches and reads `url`; CSV parsing stops after `maxRows` data rows (the table is refused past them). */
export async function fetchRows(url: URL, timeoutMs: number, signal: AbortSignal, maxRows?: number): Promise<Fetched> {
  const shown = shownUrl(url);
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
    const bytes = await readBody(response, MAX_BYTES);
    if (!bytes) {
      controller.abort();
      return { ok: false, problem: { code: 'too-big', url: shown, maxBytes: MAX_BYTES } };
    }
    const contentType = response.headers.get('content-type') ?? '';
    // Decoding, parsing and checking a large file are separate tasks, so the page stays responsive.
    await nextTask();
    const decoded = decodeBytes(bytes, charsetOf(contentType));
    if (!decoded.ok) return { ok: false, problem: { code: 'not-utf8', url: shown } };
    const body = decoded.text;
    if (isHtml(contentType, body)) return { ok: false, problem: { code: 'html-page', url: shown } };
    await nextTask();
    if (!isJson(url, contentType, body)) {
      const { columns, rows, delimiter, truncated } = parseCsv(body, { maxRows });
      return { ok: true, rows: { columns, rows, delimiter, ...(truncated ? { truncated } : {}) } };
    }
    try {
      return { ok: true, rows: JSON.parse(body) as unknown };
    } catch (error) {
      return { ok: false, problem: { code: 'not-json', url: shown, reason: redact((error as Error).message.slice(0, 80)) } };
    }
  } catch (error) {
    if (timedOut) return { ok: false, problem: { code: 'timeout', url: shown, ms: timeoutMs } };
    return { ok: false, problem: { code: 'fetch-failed', url: shown, reason: redact((error as Error)?.message || String(error)) } };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
