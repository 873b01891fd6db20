// Vue 3 with "kz-auto-charts/vue" in compilerOptions.types: the tags are GlobalComponents whose
// props are what a template may bind (camelCase props, on<Event> handlers).
import 'kz-auto-charts';
import type { GlobalComponents } from 'vue';
import type { ExportEventDetail, RecoveryRow } from 'kz-auto-charts';

type PropsOf<C> = C extends new (...args: never[]) => { $props: infer P } ? P : never;

const recovery: RecoveryRow[] = [{ kind: 'plant', name: 'SaryarkaAvtoProm', period_from: '2016-01', period_to: '2016-11', change_percent: 12, value: 2369 }];
const yoy: PropsOf<GlobalComponents['kz-auto-yoy']> = {
  lang: 'ru',
  mode: 'change',
  noMenu: true,
  srcTimeout: 5000,
  onKzExport: (e: CustomEvent<ExportEventDetail>) => void e.detail.fileName,
};
const rec: PropsOf<GlobalComponents['kz-recovery']> = { data: recovery, theme: 'auto' };
// @ts-expect-error the mode is units or change
const bogus: PropsOf<GlobalComponents['kz-auto-yoy']> = { mode: 'bogus' };
// @ts-expect-error data takes recovery rows
const wrongRows: PropsOf<GlobalComponents['kz-recovery']> = { data: [{ brand: 'Chery', country: 'China' }] };
// @ts-expect-error the handler gets the kz-export event
const wrongHandler: PropsOf<GlobalComponents['kz-fact']> = { onKzExport: (e: KeyboardEvent) => e.key };
void [yoy, rec, bogus, wrongRows, wrongHandler];
