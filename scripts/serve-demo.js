// Serves the demo article, the embed builder and what they load (the built bundle, the
// manifest the builder reads) on this machine only. Everything else in the project folder
// (.git, node_modules, sources, a sibling folder) is out of reach: a reader of the demo on a
// shared network must not be able to read a checkout.
import { createServer } from 'node:http';
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = realpathSync(resolve(fileURLToPath(new URL('..', import.meta.url))));
const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT ? Number(process.env.PORT) : 8000;

/** Folders served with everything below them, and single files; nothing else is. */
const FOLDERS = ['demo', 'dist'];
const FILES = ['custom-elements.json'];
/** Browsers ask for /favicon.ico on their own; the demo's icon answers, so no 404 in the console. */
const ALIASES = { 'favicon.ico': ['demo', 'favicon.svg'] };

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

// Text shrinks to a quarter when gzipped: the bundle arrives on a slow phone line in a quarter
// of the time, as from any real web server, so the article paints sooner.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.map']);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The request path as folder names, or an error: bad escapes, dot segments and hidden names. */
function segments(target) {
  if (!target.startsWith('/')) throw new HttpError(400, 'Bad request');
  const path = target.split(/[?#]/)[0];
  let names;
  try {
    // Each segment on its own, so an escaped slash (`..%2f`) stays inside its segment.
    names = path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  } catch {
    throw new HttpError(400, 'Bad request: malformed percent escape');
  }
  for (const name of names) {
    if (/[\0/\\]/.test(name)) throw new HttpError(400, 'Bad request');
    if (name.startsWith('.')) throw new HttpError(404, 'Not found');
  }
  return names;
}

/** The file to send for `names`, only if it is on the allow-list and really inside the project. */
function fileFor(names) {
  const [first, ...rest] = names;
  const allowed = FOLDERS.includes(first) || (FILES.includes(first) && rest.length === 0);
  if (!allowed) throw new HttpError(404, 'Not found');
  let file = join(root, ...names);
  let stat;
  try {
    // The real path, so a link inside demo/ or dist/ cannot lead out of them.
    file = realpathSync(file);
    stat = statSync(file);
    if (stat.isDirectory()) {
      file = realpathSync(join(file, 'index.html'));
      stat = statSync(file);
    }
  } catch {
    throw new HttpError(404, 'Not found');
  }
  const base = FOLDERS.includes(first) ? join(root, first) : file;
  if (!stat.isFile() || (file !== base && !file.startsWith(base + sep))) throw new HttpError(404, 'Not found');
  return file;
}

function answer(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
  const names = segments(req.url ?? '/');
  if (names.length === 0) {
    res.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  // A folder without its slash: relative links in its index.html need the slash.
  if (FOLDERS.includes(names[0]) && names.length === 1 && !req.url.split(/[?#]/)[0].endsWith('/')) {
    res.writeHead(301, { location: `/${names[0]}/` }).end();
    return;
  }
  const file = fileFor(names.length === 1 && Object.hasOwn(ALIASES, names[0]) ? ALIASES[names[0]] : names);
  const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    ...(COMPRESSIBLE.has(extname(file)) && { vary: 'accept-encoding' }),
    ...(gzip && { 'content-encoding': 'gzip' }),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const body = createReadStream(file).on('error', () => res.destroy());
  (gzip ? body.pipe(createGzip()).on('error', () => res.destroy()) : body).pipe(res);
}

const server = createServer((req, res) => {
  try {
    answer(req, res);
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 500;
    if (status === 500) console.error(`Demo server: ${req.method} ${req.url}: ${error.message}`);
    if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(status === 500 ? 'Internal error' : error.message);
  }
});

// A request Node cannot even parse: answer it and keep serving the others.
server.on('clientError', (error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  else socket.destroy();
});

server.on('error', (error) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use: stop the other server or run with PORT=8080 npm start.`
      : `Could not start the demo server: ${error.message}`,
  );
  process.exit(1);
});

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}

server.listen(port, host, () => {
  const { port: actual } = server.address();
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(`Demo article with live widgets: http://${shown}:${actual}/demo/ (Ctrl+C to stop)`);
});
