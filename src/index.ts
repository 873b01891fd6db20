/** Registers every element: the entry behind the script tag and `import 'kz-auto-charts'`. */
// First, so that LitElement is defined with hydration support: a widget rendered on a server
// (kz-auto-charts/static) keeps its DOM when the script arrives instead of drawing it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export { KzAutoYoy } from './elements/kz-auto-yoy.js';
export { KzPlantShare } from './elements/kz-plant-share.js';
export { KzDealerSales } from './elements/kz-dealer-sales.js';
export { KzOutputValue } from './elements/kz-output-value.js';
export { KzRecovery } from './elements/kz-recovery.js';
export { KzPlantsMap } from './elements/kz-plants-map.js';
export { KzBrands } from './elements/kz-brands.js';
export { KzFact } from './elements/kz-fact.js';
// Types only (no code): the rows each widget's `data` takes and the `kz-export` event's detail.
export type {
  YoyRow,
  PlantShareRow,
  DealerSalesRow,
  OutputValueRow,
  RecoveryRow,
  PlantsMapRow,
  BrandsRow,
  FactRow,
} from './data/widgets.js';
export type { RowsData } from './data/rows.js';
export type { ExportEventDetail } from './elements/export.js';
