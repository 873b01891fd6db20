import { reportedFacts, type ReportedFactId } from './facts.js';
import type { DerivedFact, Localized, Subject, Unit, Period } from './types.js';

const reported = new Map<string, number>(reportedFacts.map((f) => [f.id, f.value]));
/** Filled in recipe order, so a recipe may use the derived facts listed before it. */
const derivedValues = new Map<string, number>();
/** Inputs moved to one end of what they may be, while the bounds of a recipe are computed. */
let moved: Map<string, number> | undefined;
const v = (id: string): number => {
  const value = moved?.get(id) ?? reported.get(id) ?? derivedValues.get(id);
  if (value === undefined) throw new Error(`derived.ts: no fact "${id}" to compute from`);
  return value;
};

interface Recipe {
  id: string;
  /** The arithmetic, written over fact ids; tests evaluate it independently of `compute`. */
  formula: string;
  /** The formula as a reader reads it; see `DerivedFact.reads`. */
  reads: string;
  inputs: string[];
  compute: () => number;
  unit: Unit;
  label: Localized;
  period: Period;
  subject: Subject;
  note?: Localized;
}

const janNov2015 = { kind: 'months', from: '2015-01', to: '2015-11' } as const;
const janNov2016 = { kind: 'months', from: '2016-01', to: '2016-11' } as const;
const from2016AndChange: Localized = {
  kk: '2016\u00a0жылғы көрсеткіш пен оның жылдық өзгерісінен есептелген бағалау.',
  ru: 'Оценка, рассчитанная по показателю 2016 года и его изменению за год.',
  en: 'Estimate computed from the 2016 figure and its year-on-year change.',
};

/**
 * What a printed figure may stand for. A count is exact, and so is the difference of two printed
 * shares (24 % − 11 % is 13 points as printed). A rate of change is rounded where it is printed:
 * "24.5" lies in 24.45–24.55, a whole "22" in 21.5–22.5, and dividing by it carries that on.
 */
const printedRange = (id: string): [number, number] => {
  const fact = reportedFacts.find((f) => f.id === id);
  const value = v(id);
  if (!fact || fact.unit !== 'percent' || !/(^|-)change(-|$)/.test(id)) return [value, value];
  const decimals = /\d[.,](\d+)/.exec(fact.source.printed)?.[1]?.length ?? 0;
  const half = 0.5 * 10 ** -decimals;
  return [value - half, value + half];
};
const bounds = new Map<string, [number, number]>();

/** Lowest and highest value the recipe gives over every corner of its inputs' ranges. */
function rangeOf(r: Recipe): [number, number] {
  const ranges = r.inputs.map((id) => bounds.get(id) ?? printedRange(id));
  let low = Infinity;
  let high = -Infinity;
  for (let corner = 0; corner < 2 ** ranges.length; corner += 1) {
    moved = new Map(r.inputs.map((id, i) => [id, ranges[i]![(corner >> i) & 1]!]));
    const value = r.compute();
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  moved = undefined;
  return [low, high];
}

/**
 * The value rounded to what its inputs allow: to the power of ten below the width of its range
 * (10 803.97 in 10 797–10 811 is ≈10 800; 12 980.77 in 12 898–13 065 is ≈13 000), whole units
 * at least for counts.
 */
function roundedWithin(value: number, low: number, high: number, whole: boolean): number {
  if (high <= low) return value;
  let step = 10 ** Math.floor(Math.log10(high - low));
  if (whole) step = Math.max(step, 1);
  const round = (s: number) => Math.round(value / s) * s;
  while (step > 1e-9 && (round(step) < low || round(step) > high)) step /= 10;
  // Floating point: 10 800.000000000002 is 10 800.
  return Number(round(step).toPrecision(12));
}

/** The 2015 value implied by a 2016 value and its reported percentage change. */
const previousYear = (value: ReportedFactId, change: ReportedFactId) => ({
  formula: `${value} / (1 + ${change} / 100)`,
  reads: `{${value}} ÷ ({100%} + {${change}})`,
  inputs: [value, change],
  compute: () => v(value) / (1 + v(change) / 100),
});

const recipes = [
  {
    id: 'production-2015-est',
    ...previousYear('production-2016', 'production-change-2016'),
    unit: 'vehicles',
    label: {
      kk: 'Шығарылған автокөліктер, барлық түрі',
      ru: 'Выпущено автотранспортных средств, все виды',
      en: 'Vehicles produced, all types',
    },
    period: janNov2015,
    subject: 'sector',
    note: from2016AndChange,
  },
  {
    id: 'passenger-production-2015-est',
    ...previousYear('passenger-production-2016', 'passenger-change-2016'),
    unit: 'vehicles',
    label: {
      kk: 'Шығарылған жеңіл автокөліктер',
      ru: 'Выпущено легковых автомобилей',
      en: 'Passenger cars produced',
    },
    period: janNov2015,
    subject: 'passenger-cars',
    note: {
      kk: 'Мақала 24,5\u00a0пайызды «2015\u00a0жылғы нәтижеге» қатысты береді; бұл 2015\u00a0жылдың сол айларына қатысты деп алынды.',
      ru: 'Статья сравнивает с «результатом 2015 года»; принято, что имеются в виду те же месяцы 2015 года.',
      en: 'The article compares with “the 2015 result”; taken here to mean the same months of 2015.',
    },
  },
  {
    id: 'truck-production-2015-est',
    ...previousYear('truck-production-2016', 'truck-change-2016'),
    unit: 'vehicles',
    label: { kk: 'Шығарылған жүк автокөліктері', ru: 'Выпущено грузовых автомобилей', en: 'Trucks produced' },
    period: janNov2015,
    subject: 'trucks',
    note: from2016AndChange,
  },
  {
    id: 'bus-production-2015-est',
    ...previousYear('bus-production-2016', 'bus-change-2016'),
    unit: 'vehicles',
    label: { kk: 'Шығарылған автобустар', ru: 'Выпущено автобусов', en: 'Buses produced' },
    period: janNov2015,
    subject: 'buses',
    note: from2016AndChange,
  },
  {
    id: 'unassigned-production-2016',
    formula:
      'production-2016 - (passenger-production-2016 + truck-production-2016 + bus-production-2016)',
    reads: '{production-2016} − ({passenger-production-2016} + {truck-production-2016} + {bus-production-2016})',
    inputs: ['production-2016', 'passenger-production-2016', 'truck-production-2016', 'bus-production-2016'],
    compute: () =>
      v('production-2016') -
      (v('passenger-production-2016') + v('truck-production-2016') + v('bus-production-2016')),
    unit: 'vehicles',
    label: {
      kk: 'Жалпы санға кірген, бірақ түрі аталмаған автокөліктер',
      ru: 'Транспортные средства, вошедшие в итог, но не в названные виды',
      en: 'Vehicles in the total but in no named type',
    },
    period: janNov2016,
    subject: 'unassigned-vehicles',
    note: {
      kk: 'Мақала бұл айырманы түсіндірмейді.',
      ru: 'Статья эту разницу не объясняет.',
      en: 'The article does not explain the gap.',
    },
  },
  {
    id: 'unassigned-production-2015-est',
    formula:
      'production-2015-est - (passenger-production-2015-est + truck-production-2015-est + bus-production-2015-est)',
    reads: '{production-2015-est} − ({passenger-production-2015-est} + {truck-production-2015-est} + {bus-production-2015-est})',
    inputs: [
      'production-2015-est',
      'passenger-production-2015-est',
      'truck-production-2015-est',
      'bus-production-2015-est',
    ],
    compute: () =>
      v('production-2015-est') -
      (v('passenger-production-2015-est') + v('truck-production-2015-est') + v('bus-production-2015-est')),
    unit: 'vehicles',
    label: {
      kk: 'Жалпы санға кірген, бірақ түрі аталмаған автокөліктер',
      ru: 'Транспортные средства, вошедшие в итог, но не в названные виды',
      en: 'Vehicles in the total but in no named type',
    },
    period: janNov2015,
    subject: 'unassigned-vehicles',
    note: {
      kk: 'Басқа бағалаулардан есептелген, сондықтан олардан да дәлдігі төмен.',
      ru: 'Рассчитано по другим оценкам, поэтому ещё менее точно, чем они.',
      en: 'Computed from the other estimates, so less precise than they are.',
    },
  },
  {
    id: 'local-share-change-2016-03',
    formula: 'local-share-2016-03 - local-share-2015-03',
    reads: '{local-share-2016-03} − {local-share-2015-03}',
    inputs: ['local-share-2016-03', 'local-share-2015-03'],
    compute: () => v('local-share-2016-03') - v('local-share-2015-03'),
    unit: 'percentage-points',
    label: {
      kk: 'Ресми саудадағы қазақстандық автокөліктер үлесінің өзгерісі',
      ru: 'Изменение доли казахстанских автомобилей в официальных продажах',
      en: 'Change in the share of Kazakhstan-assembled cars in official sales',
    },
    // A change between two months, not a value for the second one.
    period: {
      kind: 'described',
      text: {
        kk: '2015\u00a0жылғы наурыздан 2016\u00a0жылғы наурызға дейін',
        ru: 'с марта 2015 по март 2016 года',
        en: 'March 2015 to March 2016',
      },
    },
    subject: 'local-assembly',
  },
] as const satisfies readonly Recipe[];

export type DerivedFactId = (typeof recipes)[number]['id'];

/** Figures computed from reported ones, in dependency order; each carries its formula. */
export const derivedFacts: DerivedFact[] = recipes.map((r: Recipe) => {
  const value = r.compute();
  derivedValues.set(r.id, value);
  const [low, high] = rangeOf(r);
  bounds.set(r.id, [low, high]);
  const exact = high - low < 1e-9;
  const fact: DerivedFact = {
    id: r.id,
    kind: 'derived',
    value,
    exact,
    low,
    high,
    shown: exact ? value : roundedWithin(value, low, high, r.unit === 'vehicles' || r.unit === 'people'),
    unit: r.unit,
    label: r.label,
    period: r.period,
    subject: r.subject,
    formula: r.formula,
    reads: r.reads,
    inputs: [...r.inputs],
  };
  if (r.note) fact.note = r.note;
  return fact;
});
