// Writes dist/kz-auto-charts.css: the one-line reservation rule, for <link rel="stylesheet">.
import { writeFileSync } from 'node:fs';
import { reserveCss } from '../dist/esm/reserve.js';

writeFileSync(new URL('../dist/kz-auto-charts.css', import.meta.url), `${reserveCss()}\n`);
