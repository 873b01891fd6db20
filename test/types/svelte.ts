// Svelte 5 with "kz-auto-charts/svelte" in compilerOptions.types: the tags are in
import 'kz-auto-charts';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { FactRow } from 'kz-auto-charts';

const facts: FactRow[] = [{ id: 'a', label: 'Plants', value: 6, unit: 'times' }];
const fact: SvelteHTMLElements['kz-fact'] = { fact: 'a', lang: 'kk', data: facts, 'no-menu': true, 'onkz-export': (e) => void e.detail.blob };
// @ts-expect-error the mode is units or change
const bogus: SvelteHTMLElements['kz-auto-yoy'] = { mode: 'bogus' };
// @ts-expect-error data takes fact rows
const wrongRows: SvelteHTMLElements['kz-fact'] = { data: [{ id: 'a', value: 'six' }] };
void [fact, bogus, wrongRows];
