/**
 * The sector dataset: every figure of the two source articles as a typed fact with provenance,
 * plus the figures derived from them, and the same data shaped for each widget.
 * Published as `kz-auto-charts/data`.
 */
export type * from './types.js';
export { reportedFacts, type ReportedFactId } from './facts.js';
export { derivedFacts, type DerivedFactId } from './derived.js';
export { facts, getFact, isFactId, type FactId } from './lookup.js';
export { sources, type Source } from './sources.js';
export { plants, brands, type Plant, type Brand } from './entities.js';
export * from './widgets.js';
export { parseData, tableOf, jsonSchema, readRows, type WidgetData, type Loaded, type Table, type RowError, type Parsed } from './schema.js';
export type { Expectation, DataSchema, Column, ColumnType, RowOf, RowsData, CellOf, PeriodCell } from './rows.js';
export { toCsv, parseCsv } from './csv.js';
export { decodeBytes } from './decode.js';
