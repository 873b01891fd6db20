/** Registers every element: the entry behind the script tag and `import 'kz-auto-charts'`. */
export { KzAutoYoy } from './elements/kz-auto-yoy.js';
export { KzPlantShare } from './elements/kz-plant-share.js';
