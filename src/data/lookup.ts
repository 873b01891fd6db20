import { reportedFacts, type ReportedFactId } from './facts.js';
import { derivedFacts, type DerivedFactId } from './derived.js';
import type { DerivedFact, Fact, ReportedFact } from './types.js';

export type FactId = ReportedFactId | DerivedFactId;

/** Reported facts first, then derived ones. */
export const facts: readonly Fact[] = [...reportedFacts, ...derivedFacts];

const byId = new Map<string, Fact>(facts.map((f) => [f.id, f]));

/**
 * The fact with this id; throws for an unknown id so a typo fails loudly in development.
 * A literal id gives its kind, so `getFact('passenger-production-2016').source` type-checks.
 */
export function getFact(id: ReportedFactId): ReportedFact;
export function getFact(id: DerivedFactId): DerivedFact;
export function getFact(id: FactId): Fact;
export function getFact(id: FactId): Fact {
  const fact = byId.get(id);
  if (!fact) throw new Error(`kz-auto-charts/data: no fact "${id}"`);
  return fact;
}

/** Whether a string names a fact of the dataset. */
export function isFactId(id: string): id is FactId {
  return byId.has(id);
}
