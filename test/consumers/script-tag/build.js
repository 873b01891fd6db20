// A page with the package's script tag file next to it, as a site copies it from node_modules.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = new URL('dist/', import.meta.url);
mkdirSync(out, { recursive: true });
copyFileSync(new URL('index.html', import.meta.url), new URL('index.html', out));
copyFileSync(fileURLToPath(import.meta.resolve('kz-auto-charts/kz-auto-charts.js')), new URL('kz-auto-charts.js', out));
