import { bundledFactData } from '../src/data/shapes/fact.js';

/**
 * What the copy files draw for each widget: the bundled data in each mode that changes the
 * words, and one set of a newsroom's own data with other magnitudes (1, 2, 5, 21, 1 000,
 * 38 800; a 2017 period), so plural forms, case endings and "1 values"-type faults show.
 * The own data is test input, not figures from the articles.
 */
export interface Variant {
  /** Attributes besides `lang`, as written in a page. */
  attributes: Record<string, string>;
  /** Rows for the `data` property; the bundled data when absent. */
  data?: Record<string, unknown>[];
}

const bundled = (...attributeSets: Record<string, string>[]): Variant[] => attributeSets.map((attributes) => ({ attributes }));
const own = (data: Record<string, unknown>[], ...attributeSets: Record<string, string>[]): Variant[] =>
  (attributeSets.length ? attributeSets : [{}]).map((attributes) => ({ attributes, data }));

const TEST_SOURCE = 'Test source';

/** Figures of the dataset worth reading against another with the same unit. */
const FACT_COMPARISONS: [string, string][] = [
  ['dealer-sales-2016', 'dealer-sales-2015'],
  ['production-2016', 'production-2015-est'],
  ['passenger-production-2016', 'passenger-production-2015-est'],
  ['truck-production-2016', 'truck-production-2015-est'],
  ['bus-production-2016', 'bus-production-2015-est'],
  ['local-share-2016-03', 'local-share-2015-03'],
  ['production-value-2015', 'production-value-2010'],
  ['production-change-jan-nov-2016', 'production-change-h1-2016'],
];

const ownFacts = [
  { id: 'one', label: 'Test figure one', value: 1, unit: 'vehicles', period_from: '2017', source: TEST_SOURCE },
  { id: 'two', label: 'Test figure two', value: 2, unit: 'vehicles', period_from: '2017-01', period_to: '2017-03', source: TEST_SOURCE },
  { id: 'five', label: 'Test figure five', value: 5, unit: 'people', period_from: '2017', source: TEST_SOURCE },
  { id: 'twenty-one', label: 'Test figure twenty-one', value: 21, unit: 'brands', period_from: '2017', source: TEST_SOURCE },
  { id: 'thousand', label: 'Test figure thousand', value: 1000, unit: 'vehicles', qualifier: 'almost', period_from: '2016-01', period_to: '2016-11', is_estimate: true, note: 'Test note.', source: TEST_SOURCE },
  { id: 'big', label: 'Test figure big', value: 38800, unit: 'vehicles', qualifier: 'over', period_from: '2017-01', period_to: '2017-11', source: TEST_SOURCE },
  { id: 'money', label: 'Test money', value: 1000, unit: 'kzt', period_from: '2017', source: TEST_SOURCE },
  { id: 'dollars', label: 'Test dollars', value: 1, unit: 'usd', period_from: '2017', source: TEST_SOURCE },
  { id: 'share-21', label: 'Test share', value: 21, unit: 'percent', period_from: '2017-03', source: TEST_SOURCE },
  { id: 'share-5', label: 'Test share', value: 5, unit: 'percent', period_from: '2016-03', source: TEST_SOURCE },
  { id: 'points', label: 'Test points', value: 1, unit: 'percentage-points', period_from: '2017', source: TEST_SOURCE },
  { id: 'times-2', label: 'Test times', value: 2, unit: 'times', period_from: '2017', source: TEST_SOURCE },
  { id: 'times-5', label: 'Test times', value: 5, unit: 'times', source: TEST_SOURCE },
  { id: 'range', label: 'Test range', value: 1, value_max: 2, unit: 'percent', qualifier: 'up-to', period_from: '2017', source: TEST_SOURCE },
];

const BRAND_NAMES = ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform'];

export const VARIANTS: Record<string, Variant[]> = {
  'kz-auto-yoy': [
    ...bundled({}, { mode: 'change' }, { segments: 'buses' }),
    ...own(
      [
        { segment: 'passenger-cars', period_from: '2017-01', period_to: '2017-03', value: 38800, previous_period_from: '2016-01', previous_period_to: '2016-03', previous_value: 21, source: TEST_SOURCE },
        { segment: 'trucks', period_from: '2017-01', period_to: '2017-03', value: 1, previous_period_from: '2016-01', previous_period_to: '2016-03', previous_value: 2, previous_is_estimate: true },
        { segment: 'buses', period_from: '2017-01', period_to: '2017-03', value: 5, previous_period_from: '2016-01', previous_period_to: '2016-03', previous_value: 1000 },
      ],
      {},
      { mode: 'change' },
    ),
  ],
  'kz-plant-share': [
    ...bundled({}),
    ...own([
      { period_from: '2017-01', share_percent: 1, source: TEST_SOURCE },
      { period_from: '2017-02', share_percent: 2 },
      { period_from: '2017-03', share_percent: 5 },
      { period_from: '2017', share_percent: 21 },
    ]),
  ],
  'kz-dealer-sales': [
    ...bundled({}),
    ...own([
      { series: 'dealer-sales', period_from: '2017-01', period_to: '2017-02', value: 1000, previous_period_from: '2016-01', previous_period_to: '2016-02', previous_value: 38800, source: TEST_SOURCE },
      { series: 'passenger-production', period_from: '2017-01', period_to: '2017-02', value: 21, previous_period_from: '2016-01', previous_period_to: '2016-02', previous_value: 5, previous_is_estimate: true },
    ]),
  ],
  'kz-output-value': [
    ...bundled({}, { annotations: 'average-growth,car-market,manufacturing-share,dollar-slip' }, { annotations: 'none' }),
    ...own([
      { period_from: '2012', value: 1, currency: 'kzt', source: TEST_SOURCE },
      { period_from: '2013', value: 2, currency: 'kzt' },
      { period_from: '2014', value: 5, currency: 'kzt' },
      { period_from: '2015', value: 21, currency: 'kzt' },
      { period_from: '2016', value: 1000, currency: 'kzt' },
      { period_from: '2017', value: 38800, currency: 'kzt' },
    ]),
  ],
  'kz-recovery': [
    ...bundled({}),
    ...own([
      { kind: 'sector', period_from: '2017-01', period_to: '2017-01', change_percent: -1, source: TEST_SOURCE },
      { kind: 'sector', period_from: '2017-01', period_to: '2017-02', change_percent: -2 },
      { kind: 'sector', period_from: '2017-01', period_to: '2017-05', change_percent: -5 },
      { kind: 'sector', period_from: '2017-01', period_to: '2017-11', change_percent: 21 },
      { kind: 'plant', name: 'Test plant', period_from: '2017-07', period_to: '2017-11', change_percent: 1000, value: 1 },
    ]),
  ],
  'kz-plants-map': [
    ...bundled({}),
    ...own([
      { name: 'Test plant', city: 'Almaty', latitude: 43.24, longitude: 76.95, figure: '1 test line', source: TEST_SOURCE },
      { name: 'Test plant', city: 'Almaty', latitude: 43.24, longitude: 76.95, figure: '38 800 test line' },
    ]),
  ],
  'kz-brands': [
    ...bundled({}),
    ...own(BRAND_NAMES.map((brand, i) => ({ brand, country: 'Testland', ...(i === 0 ? { plant: 'Test plant', source: TEST_SOURCE } : {}) }))),
  ],
  'kz-fact': [
    // Every figure the dataset holds, read from it so that a new one gets a section.
    ...bundled(...bundledFactData().facts.map((f) => ({ fact: f.id }))),
    ...bundled(...FACT_COMPARISONS.map(([fact, compare]) => ({ fact, compare }))),
    ...own(
      ownFacts,
      ...ownFacts.map((f) => ({ fact: f.id })),
      { fact: 'big', compare: 'thousand' },
      { fact: 'two', compare: 'one' },
      { fact: 'share-21', compare: 'share-5' },
      { fact: 'times-5', compare: 'times-2' },
    ),
  ],
};
