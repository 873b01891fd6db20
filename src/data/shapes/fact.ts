import { creditOf } from '../../i18n/credits.js';
import { facts, getFact, type FactId } from '../lookup.js';
import { sources } from '../sources.js';
import type { Fact, Lang, Localized, Period, Qualifier, SourceId, Text, Unit } from '../types.js';
import { isEstimate, localText, shownValue } from '../types.js';
import { periodBounds, type DataSchema, type RowOf } from '../rows.js';
import { RowChecks, rowPeriod, type WidgetData } from '../schema.js';

export const UNITS = ['vehicles', 'KZT', 'USD', 'percent', 'percentage-points', 'people', 'brands', 'times'] as const satisfies readonly Unit[];
export const QUALIFIERS = ['over', 'almost', 'about', 'up-to'] as const satisfies readonly Qualifier[];

/** One figure as a card shows it. */
export interface FactCard {
  id: string;
  label: Text;
  value: number;
  /** Upper end of a range ("110–120 %"). */
  valueMax?: number;
  qualifier?: Qualifier;
  unit: Unit;
  period?: Period;
  /** A caveat the reader should see with the number. */
  note?: Text;
  /** Computed from reported figures rather than printed. */
  estimate: boolean;
  /** Who reported it, shown as the source line. */
  source?: Text;
  /** How a computed figure was computed, from which figures (bundled data only). */
  formula?: { reads: string; inputs: FormulaInput[] };
}

/** A figure a formula reads, with what is needed to print it. */
export interface FormulaInput {
  id: string;
  value: number;
  unit: Unit;
  estimate: boolean;
}

/** The articles a fact comes from, following a derived fact down to the printed figures. */
function articlesOf(fact: Fact): SourceId[] {
  if (fact.kind === 'reported') return [fact.source.article];
  return [...new Set(fact.inputs.flatMap((id) => articlesOf(getFact(id as FactId))))];
}

/** "Vremya Vostoka (computed)": the outlet whose figures a derived value is computed from. */
const computedFrom = (ids: SourceId[]): Localized => {
  const names = (lang: Lang) => ids.map((id) => sources[id].outlet[lang]).join(', ');
  return { kk: `${names('kk')} (есептеу)`, ru: `${names('ru')} (расчёт)`, en: `${names('en')} (computed)` };
};

export interface FactData {
  facts: FactCard[];
}

/** Every fact of the dataset as a card, reported and derived, by id. */
export function bundledFactData(): FactData {
  return {
    facts: facts.map((f) => {
      const source = f.kind === 'reported' ? creditOf(f.source) : computedFrom(articlesOf(f));
      return {
        id: f.id,
        label: f.label,
        value: shownValue(f),
        ...('valueMax' in f && f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
        ...('qualifier' in f && f.qualifier ? { qualifier: f.qualifier } : {}),
        unit: f.unit,
        period: f.period,
        ...(f.note ? { note: f.note } : {}),
        estimate: isEstimate(f),
        source,
        ...(f.kind === 'derived'
          ? {
              formula: {
                reads: f.reads,
                inputs: f.inputs.map((id) => {
                  const input = getFact(id as FactId);
                  return { id, value: shownValue(input), unit: input.unit, estimate: isEstimate(input) };
                }),
              },
            }
          : {}),
      };
    }),
  };
}

const lowerUnits = UNITS.map((u) => u.toLowerCase() as Lowercase<(typeof UNITS)[number]>);

export const factSchema = {
  id: 'kz-fact@1',
  version: 1,
  columns: [
    { name: 'id', type: 'text', description: 'Your id for the figure; the `fact` and `compare` attributes pick rows by it.' },
    { name: 'label', type: 'text', description: 'What the figure measures, e.g. "Cars sold by official dealers".' },
    { name: 'value', type: 'number', description: 'The figure in whole units (38800, 61500000000, -22).' },
    { name: 'value_max', type: 'number', optional: true, description: 'Upper end when the figure is a range.' },
    { name: 'qualifier', type: { oneOf: QUALIFIERS }, optional: true, description: 'How the source hedges it: over, almost, about, up-to.' },
    { name: 'unit', type: { oneOf: lowerUnits }, description: `Unit: ${UNITS.join(', ')}.` },
    { name: 'period_from', type: 'period', optional: true, description: 'First month (YYYY-MM) or year (YYYY) it is for.' },
    { name: 'period_to', type: 'period', optional: true, description: 'Last month or year; the same as period_from when empty.' },
    { name: 'is_estimate', type: 'boolean', optional: true, description: 'true when computed rather than reported.' },
    { name: 'note', type: 'text', optional: true, description: 'A caveat shown under the figure.' },
    { name: 'source', type: 'text', optional: true, description: 'Who reported it.' },
  ],
  maxRows: 500,
} as const satisfies DataSchema;

/** One row of `<kz-fact>`'s own data (the `data` property, or a JSON file at `src`). */
export type FactRow = RowOf<typeof factSchema.columns>;

export const factData: WidgetData<FactData> = {
  schema: factSchema,
  bundled: bundledFactData,
  fromRows(rows) {
    const checks = new RowChecks();
    checks.unique(rows, 'id');
    return checks.result(() => ({
      facts: rows.map((r) => ({
        id: r.id as string,
        label: r.label as string,
        value: r.value as number,
        ...(r.value_max !== undefined ? { valueMax: r.value_max as number } : {}),
        ...(r.qualifier ? { qualifier: r.qualifier as Qualifier } : {}),
        unit: UNITS[lowerUnits.indexOf(r.unit as (typeof lowerUnits)[number])]!,
        ...(r.period_from ? { period: rowPeriod(r) } : {}),
        ...(r.note ? { note: r.note as string } : {}),
        estimate: r.is_estimate === true,
        ...(r.source ? { source: r.source as string } : {}),
      })),
    }));
  },
  toRows: (data, { lang }) =>
    data.facts.map((f) => {
      const [from, to] = f.period && f.period.kind !== 'described' ? periodBounds(f.period) : [undefined, undefined];
      return {
        id: f.id,
        label: localText(f.label, lang),
        value: f.value,
        value_max: f.valueMax,
        qualifier: f.qualifier,
        unit: f.unit,
        period_from: from,
        period_to: to,
        is_estimate: f.estimate,
        note: f.note && localText(f.note, lang),
        source: f.source && localText(f.source, lang),
      };
    }),
};
