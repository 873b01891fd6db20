import { factData, type FactData } from '../data/widgets.js';
import { factCardFigure } from '../charts/fact-card.js';
import type { Problem } from './problems.js';
import type { Widget } from './types.js';

export interface FactOptions {
  fact: string;
  compare?: string;
}

const EXAMPLE = 'dealer-sales-2016';

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
