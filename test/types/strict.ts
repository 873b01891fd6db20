// Plain strict TypeScript with no framework: the element imports alone type the tags, the
// properties, each widget's rows and the kz-export event.
import 'kz-auto-charts/kz-auto-yoy.js';
import 'kz-auto-charts/kz-fact.js';
import type { KzAutoYoy, ExportEventDetail, YoyRow, RowsData } from 'kz-auto-charts';
import type { FactRow } from 'kz-auto-charts/kz-fact.js';
import type { OutputValueRow } from 'kz-auto-charts/data';

const yoy: KzAutoYoy = document.createElement('kz-auto-yoy');
const found: KzAutoYoy | null = document.querySelector('kz-auto-yoy');
yoy.mode = 'change';
// @ts-expect-error the mode is one of two words
yoy.mode = 'bogus';
yoy.theme = 'dark';
// @ts-expect-error the theme is light, dark or auto
yoy.theme = 'neon';
yoy.noMenu = true;
yoy.srcTimeout = 5000;

const rows: YoyRow[] = [
  { segment: 'trucks', period_from: '2016-01', period_to: '2016-11', value: 1200, previous_period_from: '2015-01', previous_period_to: '2015-11', previous_value: 1000 },
  { segment: 'total', period_from: 2016, period_to: 2016, value: 30000, previous_period_from: 2015, previous_period_to: 2015, previous_value: 40000, change_percent: -25, source: 'Statistics Committee' },
];
yoy.data = rows;
yoy.data = { version: 1, rows };
yoy.data = undefined;
// @ts-expect-error a row of another widget
yoy.data = [{ period_from: '2016-03', share_percent: 24 }];
// @ts-expect-error value is a number, not text
yoy.data = [{ ...rows[0]!, value: 'many' }];
// @ts-expect-error segment is one of the vehicle types
yoy.data = [{ ...rows[0]!, segment: 'motorbikes' }];
// @ts-expect-error previous_value is required
yoy.data = [{ segment: 'trucks', period_from: '2016-01', period_to: '2016-11', value: 1, previous_period_from: '2015-01', previous_period_to: '2015-11' }];
// @ts-expect-error a period is a month or a year
yoy.data = [{ ...rows[0]!, period_from: 'last spring' }];

const fact = document.createElement('kz-fact');
const facts: FactRow[] = [{ id: 'sales', label: 'Cars sold', value: 38800, unit: 'vehicles', qualifier: 'about' }];
fact.data = facts;
fact.fact = 'sales';
// @ts-expect-error the unit is one of the listed units
fact.data = [{ id: 'x', label: 'y', value: 1, unit: 'parsecs' }];
const money: RowsData<OutputValueRow> = [{ period_from: '2015', value: 61_500_000_000, currency: 'KZT' }];
void money;

yoy.addEventListener('kz-export', (event) => {
  const detail: ExportEventDetail = event.detail;
  const name: string = detail.fileName;
  const blob: Blob = detail.blob;
  // @ts-expect-error the format is one of the menu's actions
  const format: 'docx' = detail.format;
  if (detail.format === 'csv') event.preventDefault();
  void [name, blob, format];
});
document.body.addEventListener('kz-export', (event) => void event.detail.fileName);
void found;
