import { factData, type FactData } from '../data/widgets.js';
import { factCardFigure } from '../charts/fact-card.js';
import type { Problem } from './problems.js';
import type { Widget } from './types.js';

export interface FactOptions {
  fact: string;
  compare?: string;
}

const EXAMPLE = 'dealer-sales-2016';

type Comparable = { unit: string; value: number; valueMax?: number };

/**
 * Why two figures of one unit still have no change worth printing: "+150% against 2 times" is
 * a per cent change of a multiple, a range has no one value, and no per cent change has a zero
 * base. Percentages compare in percentage points, so a zero among them is fine.
 */
function meaninglessComparison(fact: Comparable, compare: Comparable): 'times' | 'range' | 'zero' | undefined {
  if (fact.unit === 'times') return 'times';
  if (fact.valueMax !== undefined || compare.valueMax !== undefined) return 'range';
  const inPoints = fact.unit === 'percent' || fact.unit === 'percentage-points';
  if (!inPoints && compare.value === 0) return 'zero';
  return undefined;
}

export const factWidget: Widget<FactOptions, FactData> = {
  tag: 'kz-fact',
  attributes: ['fact', 'compare'],
  data: factData,
  parse({ fact, compare }) {
    const id = fact?.trim();
    if (!id) return { problems: [{ code: 'no-fact', example: EXAMPLE }] };
    const other = compare?.trim();
    return { options: { fact: id, ...(other ? { compare: other } : {}) }, problems: [] };
  },
  select(options, data) {
    const find = (id: string) => data.facts.find((f) => f.id === id);
    const examples = data.facts.slice(0, 3).map((f) => f.id);
    const fact = find(options.fact);
    const problems: Problem[] = [];
    if (!fact) problems.push({ code: 'unknown-fact', value: options.fact, examples });
    const compare = options.compare === undefined ? undefined : find(options.compare);
    if (options.compare !== undefined && !compare) problems.push({ code: 'unknown-fact', value: options.compare, examples });
    if (fact && compare && fact.unit !== compare.unit) {
      problems.push({ code: 'compare-unit', fact: fact.id, unit: fact.unit, other: compare.id, otherUnit: compare.unit });
    } else if (fact && compare) {
      const reason = meaninglessComparison(fact, compare);
      if (reason) problems.push({ code: 'compare-meaningless', fact: fact.id, other: compare.id, reason });
    }
    if (problems.length || !fact) return { problems };
    // The CSV download carries the figures shown, not the whole dataset.
    return { data: { facts: compare ? [fact, compare] : [fact] }, problems: [] };
  },
  // `select` has checked both ids, and left the figure first.
  figure: (options, data, context) =>
    factCardFigure({ ...context, fact: data.facts[0]!, compare: options.compare ? data.facts[1] : undefined, fallbackSource: '—' }),
  source: () => '',
};
