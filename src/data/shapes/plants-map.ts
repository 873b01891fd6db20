import { plants } from '../entities.js';
import { getFact, type FactId } from '../lookup.js';
import { describeFact } from '../../i18n/quantity.js';
import type { Locale } from '../../i18n/index.js';
import type { Text } from '../types.js';
import { localText } from '../types.js';
import type { DataSchema, RowOf } from '../rows.js';
import { RowChecks, SOURCE_COLUMNS, type WidgetData } from '../schema.js';

export interface MapPlace {
  name: Text;
  city: Text;
  latitude: number;
  longitude: number;
  /** What the articles say about the place: facts of the dataset, or a newsroom's own lines. */
  figures: ({ fact: FactId } | { text: string })[];
  /** What the articles say of the city the plant is in, not of the plant ("мұнда": in Kostanay). */
  cityFigures?: MapPlace['figures'];
}

export interface PlantsMapData {
  places: MapPlace[];
}

/**
 * Where the cities are. Not figures from the articles but public geography (city centres, to
 * two decimals), which a locator map cannot do without.
 */
const CITY_POSITIONS = {
  'asia-auto': { latitude: 49.95, longitude: 82.61 },
  'saryarka-avtoprom': { latitude: 53.21, longitude: 63.63 },
} as const;

const PLANT_FIGURES: Record<keyof typeof CITY_POSITIONS, FactId[]> = {
  'asia-auto': ['asia-auto-production-jul-nov-2016', 'asia-auto-change-jul-nov-2016'],
  'saryarka-avtoprom': [],
};

/**
 * The Kazakh article gives the 25 thousand cars, the seven brands and the industrial zone for
 * Kostanay ("мұнда", here), not for the SaryarkaAvtoProm plant it named sentences before.
 */
const CITY_FIGURES: Record<keyof typeof CITY_POSITIONS, FactId[]> = {
  'asia-auto': [],
  'saryarka-avtoprom': ['kostanay-production-six-years', 'kostanay-brands', 'kostanay-industrial-zone-cost'],
};

/** The two assembly plants the articles name, in their cities, with the figures given for each. */
export function bundledPlantsMapData(): PlantsMapData {
  return {
    places: plants.map((p) => ({
      name: p.name,
      city: p.city,
      ...CITY_POSITIONS[p.id],
      figures: PLANT_FIGURES[p.id].map((fact) => ({ fact })),
      ...(CITY_FIGURES[p.id].length ? { cityFigures: CITY_FIGURES[p.id].map((fact) => ({ fact })) } : {}),
    })),
  };
}

/** "Vehicles produced by the Asia Auto plant: 2,369 vehicles (July–November 2016)". */
export function figureText(figure: MapPlace['figures'][number], locale: Locale): string {
  if ('text' in figure) return figure.text;
  return describeFact(getFact(figure.fact), locale);
}

export const plantsMapSchema = {
  id: 'kz-plants-map@1',
  version: 1,
  columns: [
    { name: 'name', type: 'text', description: 'Name of the plant or place.' },
    { name: 'city', type: 'text', description: 'City it is in.' },
    { name: 'latitude', type: 'latitude', description: 'Latitude in degrees north (Kazakhstan: about 40 to 56).' },
    { name: 'longitude', type: 'longitude', description: 'Longitude in degrees east (Kazakhstan: about 46 to 88).' },
    { name: 'figure', type: 'text', optional: true, description: 'One line to show with the place, e.g. "2,369 vehicles in July–November 2016". Several lines: several rows with the same name.' },
    { name: 'figure_is_for_city', type: 'boolean', optional: true, description: 'true when the figure is given for the whole city, not for this plant (shown under the city\'s name). Default false.' },
    ...SOURCE_COLUMNS,
  ],
  // Numbered markers stay legible up to about a dozen.
  maxRows: 40,
} as const satisfies DataSchema;

/** One row of `<kz-plants-map>`'s own data (the `data` property, or a JSON file at `src`). */
export type PlantsMapRow = RowOf<typeof plantsMapSchema.columns>;

export const plantsMapData: WidgetData<PlantsMapData> = {
  schema: plantsMapSchema,
  bundled: bundledPlantsMapData,
  fromRows(rows) {
    const checks = new RowChecks();
    const places = new Map<string, MapPlace>();
    rows.forEach((r) => {
      const name = r.name as string;
      const place = places.get(name) ?? { name, city: r.city as string, latitude: r.latitude as number, longitude: r.longitude as number, figures: [] };
      if (typeof r.figure === 'string' && r.figure) {
        if (r.figure_is_for_city === true) (place.cityFigures ??= []).push({ text: r.figure });
        else place.figures.push({ text: r.figure });
      }
      places.set(name, place);
    });
    if (places.size > 12) checks.fail({ row: 0, field: 'name', expected: { kind: 'at-most-rows', max: 12 }, found: String(places.size) });
    return checks.result(() => ({ places: [...places.values()] }));
  },
  toRows: (data, locale, source) =>
    data.places.flatMap((p) => {
      const { lang } = locale;
      const base = { name: localText(p.name, lang), city: localText(p.city, lang), latitude: p.latitude, longitude: p.longitude, source };
      const line = (forCity: boolean) => (f: MapPlace['figures'][number]) => ({
        ...base,
        figure: figureText(f, locale),
        ...(forCity ? { figure_is_for_city: true } : {}),
        source_facts: 'fact' in f ? f.fact : undefined,
      });
      const lines = [...p.figures.map(line(false)), ...(p.cityFigures ?? []).map(line(true))];
      return lines.length ? lines : [base];
    }),
};
