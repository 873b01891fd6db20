import { getFact, type FactId } from '../lookup.js';
import { plants } from '../entities.js';
import type { Period, Text } from '../types.js';
import { localText } from '../types.js';
import { periodBounds, type DataSchema, type RowOf } from '../rows.js';
import { factsCell, factsOf, RowChecks, rowPeriod, SOURCE_COLUMNS, type WidgetData } from '../schema.js';

export interface RecoveryStage {
  /** The months the change covers, counted from the start of the year. */
  period: Period;
  /** Change on the same months a year before, % (negative: a fall). */
  change: number;
  facts?: string[];
}

export interface PlantOutput {
  name: Text;
  period: Period;
  /** Vehicles made in the period, when the data gives them. */
  value?: number;
  change: number;
  facts?: string[];
}

export interface RecoveryData {
  /** The sector's change on a year earlier, as the year went on. */
  stages: RecoveryStage[];
  /** A plant that grew against the trend, shown as the headline. */
  plant?: PlantOutput;
}

const stage = (id: FactId): RecoveryStage => {
  const f = getFact(id);
  return { period: f.period, change: f.value, facts: [id] };
};

/** Production falling ever less steeply through 2016, and Asia Auto's second half. */
export function bundledRecoveryData(): RecoveryData {
  const units = getFact('asia-auto-production-jul-nov-2016');
  return {
    stages: [stage('production-change-h1-2016'), stage('production-change-jan-nov-2016')],
    plant: {
      name: plants.find((p) => p.id === 'asia-auto')!.name,
      period: units.period,
      value: units.value,
      change: getFact('asia-auto-change-jul-nov-2016').value,
      facts: ['asia-auto-production-jul-nov-2016', 'asia-auto-change-jul-nov-2016'],
    },
  };
}

export const recoverySchema = {
  id: 'kz-recovery@1',
  version: 1,
  columns: [
    { name: 'kind', type: { oneOf: ['sector', 'plant'] }, description: 'sector: the industry’s change over the months so far (one row per stage); plant: one plant against the trend (at most one row).' },
    { name: 'name', type: 'text', optional: true, description: 'The plant’s name (plant rows).' },
    { name: 'period_from', type: 'period', description: 'First month (YYYY-MM) the change covers.' },
    { name: 'period_to', type: 'period', description: 'Last month the change covers.' },
    { name: 'change_percent', type: 'number', description: 'Change on the same months a year before, % (e.g. -22).' },
    { name: 'value', type: 'count', optional: true, description: 'Vehicles made in the period (plant rows; optional).' },
    ...SOURCE_COLUMNS,
  ],
  maxRows: 12,
} as const satisfies DataSchema;

/** One row of `<kz-recovery>`'s own data (the `data` property, or a JSON file at `src`). */
export type RecoveryRow = RowOf<typeof recoverySchema.columns>;

export const recoveryData: WidgetData<RecoveryData> = {
  schema: recoverySchema,
  bundled: bundledRecoveryData,
  fromRows(rows) {
    const checks = new RowChecks();
    const plantRows = rows.map((r, i) => [r, i + 1] as const).filter(([r]) => r.kind === 'plant');
    if (!rows.some((r) => r.kind === 'sector')) {
      checks.fail({ row: 0, field: 'kind', expected: { kind: 'row-with', value: 'sector' }, found: 'plant' });
    }
    plantRows.slice(1).forEach(([, n]) => checks.fail({ row: n, field: 'kind', expected: { kind: 'unique' }, found: 'plant' }));
    plantRows.forEach(([r, n]) => {
      if (!r.name) checks.fail({ row: n, field: 'name', expected: { kind: 'text' }, found: '(empty)' });
    });
    return checks.result(() => {
      const p = plantRows[0]?.[0];
      return {
        stages: rows.filter((r) => r.kind === 'sector').map((r) => ({ period: rowPeriod(r), change: r.change_percent as number, ...factsOf(r.source_facts) })),
        ...(p
          ? { plant: { name: p.name as string, period: rowPeriod(p), ...(p.value !== undefined ? { value: p.value as number } : {}), change: p.change_percent as number, ...factsOf(p.source_facts) } }
          : {}),
      };
    });
  },
  toRows(data, { lang }, source) {
    const row = (kind: string, period: Period, change: number, facts?: string[], name?: string, value?: number) => {
      const [from, to] = periodBounds(period);
      return { kind, name, period_from: from, period_to: to, change_percent: change, value, source, source_facts: factsCell(facts) };
    };
    const p = data.plant;
    return [
      ...data.stages.map((s) => row('sector', s.period, s.change, s.facts)),
      ...(p ? [row('plant', p.period, p.change, p.facts, localText(p.name, lang), p.value)] : []),
    ];
  },
};
