// Writes dist/schemas/<widget>.v<version>.json: each widget's data schema as JSON Schema, and
// dist/schemas/<widget>.v<version>.csv: its CSV header, for editors starting a spreadsheet.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as data from '../dist/esm/data.js';

const schemas = [
  [data.yoySchema, 'Production by vehicle type against a year earlier (<kz-auto-yoy>)'],
  [data.shareSchema, 'Share of locally assembled cars in sales (<kz-plant-share>)'],
  [data.dealerSalesSchema, 'Dealer sales against production (<kz-dealer-sales>)'],
  [data.outputValueSchema, 'Output in value at given years (<kz-output-value>)'],
  [data.recoverySchema, 'Change since the start of the year, by stage (<kz-recovery>)'],
  [data.plantsMapSchema, 'Places on the map (<kz-plants-map>)'],
  [data.brandsSchema, 'Brands by country of origin (<kz-brands>)'],
  [data.factSchema, 'Figures for big-number cards (<kz-fact>)'],
];
const dir = new URL('../dist/schemas/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [schema, title] of schemas) {
  const name = schema.id.replace('@', '.v');
  writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(data.jsonSchema(schema, title), null, 2)}\n`);
  writeFileSync(new URL(`${name}.csv`, dir), `${schema.columns.map((c) => c.name).join(',')}\r\n`);
}
console.log(`dist/schemas: ${schemas.length} widgets`);
