/** Registers every element: the entry behind the script tag and `import 'kz-auto-charts'`. */
// First, so that LitElement is defined with hydration support: a widget rendered on a server
// (kz-auto-charts/static) keeps its DOM when the script arrives instead of drawing it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export { KzAutoYoy } from './elements/kz-auto-yoy.js';
export { KzPlantShare } from './elements/kz-plant-share.js';
