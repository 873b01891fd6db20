/** Every widget's texts, for tests that check all languages at once (elements import their own file). */
export { yoyMessages } from './yoy.js';
export { plantShareMessages } from './plant-share.js';
export { dealerSalesMessages } from './dealer-sales.js';
export { outputValueMessages } from './output-value.js';
export { recoveryMessages } from './recovery.js';
export { plantsMapMessages } from './plants-map.js';
export { brandsMessages } from './brands.js';
export { factMessages } from './fact.js';
