/**
 * The bundled dataset shaped for each widget. Each widget's data type is also the shape a
 * newsroom's own data takes, so the widgets never reach into the fact list themselves.
 */
export * from './shapes/comparison.js';
export * from './shapes/yoy.js';
export * from './shapes/share.js';
export * from './shapes/dealer-sales.js';
export * from './shapes/output-value.js';
export * from './shapes/recovery.js';
export * from './shapes/plants-map.js';
export * from './shapes/brands.js';
export * from './shapes/fact.js';
