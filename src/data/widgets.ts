/**
 * The bundled dataset shaped for each widget. Each widget's data type is also the shape a
 * newsroom's own data takes, so the widgets never reach into the fact list themselves.
 */
import { getFact, type FactId } from './lookup.js';
import { plants } from './entities.js';
import type { Localized, Period } from './types.js';

export const SEGMENTS = ['passenger-cars', 'trucks', 'buses'] as const;
export type SegmentKey = (typeof SEGMENTS)[number];

export interface YoyFigure {
  current: number;
  previous: number;
  /** Percentage change, as reported (e.g. −24.5). */
  change: number;
  /** True where `previous` is computed from `current` and `change` rather than reported. */
  previousEstimated: boolean;
  /** Ids of the dataset facts the figure comes from, for provenance in exports. */
  facts?: string[];
}

export interface YoySegment extends YoyFigure {
  key: SegmentKey;
}

export interface YoyData {
  period: Period;
  previousPeriod: Period;
  total: YoyFigure;
  segments: YoySegment[];
}

export interface ShareData {
  points: { period: Period; share: number; facts?: string[] }[];
  plants: { name: Localized; city: Localized }[];
}

const value = (id: FactId) => getFact(id).value;
const figure = (current: FactId, previous: FactId, change: FactId): YoyFigure => ({
  current: value(current),
  previous: value(previous),
  change: value(change),
  previousEstimated: getFact(previous).kind === 'derived',
  facts: [current, change, previous],
});

/** Production by vehicle type, January–November 2016 against the same months of 2015. */
export function bundledYoyData(): YoyData {
  return {
    period: getFact('production-2016').period,
    previousPeriod: getFact('production-2015-est').period,
    total: figure('production-2016', 'production-2015-est', 'production-change-2016'),
    segments: [
      { key: 'passenger-cars', ...figure('passenger-production-2016', 'passenger-production-2015-est', 'passenger-change-2016') },
      { key: 'trucks', ...figure('truck-production-2016', 'truck-production-2015-est', 'truck-change-2016') },
      { key: 'buses', ...figure('bus-production-2016', 'bus-production-2015-est', 'bus-change-2016') },
    ],
  };
}

/** Share of Kazakhstan-assembled cars in official sales, March 2015 and March 2016. */
export function bundledShareData(): ShareData {
  const points = (['local-share-2015-03', 'local-share-2016-03'] as const).map((id) => {
    const fact = getFact(id);
    return { period: fact.period, share: fact.value, facts: [id] };
  });
  return { points, plants: plants.map((p) => ({ name: p.name, city: p.city })) };
}
