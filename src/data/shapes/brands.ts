import { brands, plants } from '../entities.js';
import type { Text } from '../types.js';
import { localText } from '../types.js';
import type { DataSchema, RowOf } from '../rows.js';
import { factsCell, factsOf, RowChecks, SOURCE_COLUMNS, type WidgetData } from '../schema.js';

export interface BrandEntry {
  name: Text;
  country: Text;
  /** The plant assembling it, where the source says. */
  plant?: Text;
  /** True when the source gives the plant as a plan ("will start building"), not as a fact. */
  plantIsPlan?: boolean;
  facts?: string[];
}

export interface BrandsData {
  brands: BrandEntry[];
}

/**
 * The brands the Kazakh article lists as assembled in Kazakhstan. It names the plant for Lada
 * only (Asia Auto, from 2016); for the rest it says "at these plants", so no plant is given.
 */
export function bundledBrandsData(): BrandsData {
  const asiaAuto = plants.find((p) => p.id === 'asia-auto')!.name;
  return {
    brands: brands.map((b) => ({
      name: b.name,
      country: b.country,
      // Asia Auto "said it would start" building Lada models in 2016: a plan, not a fact.
      ...(b.id === 'lada' ? { plant: asiaAuto, plantIsPlan: true } : {}),
      facts: [`brand:${b.id}`],
    })),
  };
}

export const brandsSchema = {
  id: 'kz-brands@1',
  version: 1,
  columns: [
    { name: 'brand', type: 'text', description: 'Brand name as readers know it.' },
    { name: 'country', type: 'text', description: 'Country of origin; brands are grouped by it, in the order first met.' },
    { name: 'plant', type: 'text', optional: true, description: 'Plant that assembles it, where known.' },
    { name: 'plant_is_plan', type: 'boolean', optional: true, description: 'true when the plant has only announced that it will assemble the brand. Default false.' },
    ...SOURCE_COLUMNS,
  ],
  maxRows: 60,
} as const satisfies DataSchema;

/** One row of `<kz-brands>`'s own data (the `data` property, or a JSON file at `src`). */
export type BrandsRow = RowOf<typeof brandsSchema.columns>;

export const brandsData: WidgetData<BrandsData> = {
  schema: brandsSchema,
  bundled: bundledBrandsData,
  fromRows: (rows) =>
    new RowChecks().result(() => ({
      brands: rows.map((r) => ({
        name: r.brand as string,
        country: r.country as string,
        ...(r.plant ? { plant: r.plant as string } : {}),
        ...(r.plant && r.plant_is_plan === true ? { plantIsPlan: true } : {}),
        ...factsOf(r.source_facts),
      })),
    })),
  toRows: (data, { lang }, source) =>
    data.brands.map((b) => ({
      brand: localText(b.name, lang),
      country: localText(b.country, lang),
      plant: b.plant && localText(b.plant, lang),
      ...(b.plantIsPlan ? { plant_is_plan: true } : {}),
      source,
      source_facts: factsCell(b.facts),
    })),
};
