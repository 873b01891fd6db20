import { localText } from '../data/types.js';
import type { BrandsData } from '../data/widgets.js';
import { brandChips } from './brand-chips.js';
import type { FrameProps } from './frame.js';
import type { FigureContext } from './types.js';
import { brandsMessages } from '../i18n/messages/widgets/brands.js';

export interface BrandsProps extends FigureContext {
  data: BrandsData;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The brands assembled in Kazakhstan as chips in a grid by country of origin; a named plant fills its chip. */
export function brandsFigure({ data, width, height, activeMark, fontSize, locale, notice }: BrandsProps): FrameProps {
  const { t, lang } = locale;
  const brandsText = brandsMessages[lang];
  const byCountry = new Map<string, { name: string; plant?: string; plan?: boolean }[]>();
  for (const b of data.brands) {
    const country = localText(b.country, lang);
    byCountry.set(country, [
      ...(byCountry.get(country) ?? []),
      { name: localText(b.name, lang), plant: b.plant && localText(b.plant, lang), plan: b.plantIsPlan === true },
    ]);
  }
  const plantText = (b: { plant?: string; plan?: boolean }) =>
    b.plant ? (b.plan ? brandsText.plannedAt(b.plant) : brandsText.assembledAt(b.plant)) : brandsText.plantUnknown;
  const groups = [...byCountry].map(([country, brands], i) => ({
    key: String(i),
    label: country,
    chips: brands.map((b) => ({
      label: b.name,
      strong: !!b.plant,
      mark: { label: b.name, series: country, value: plantText(b), period: '', estimate: false },
    })),
  }));
  const chart = brandChips({ width, height, activeMark, fontSize, groups });
  const known = data.brands.some((b) => b.plant);
  const onlyPlans = data.brands.every((b) => !b.plant || b.plantIsPlan);
  // The bundled list is the article's examples ("among them"), not every brand assembled.
  const examples = data.brands.some((b) => b.facts?.some((f) => f.startsWith('brand:')));
  return {
    lang,
    title: (examples ? brandsText.titleExamples : brandsText.title)(data.brands.length, byCountry.size),
    subtitle: examples ? brandsText.subtitleExamples : brandsText.subtitle,
    // Both kinds of chip said, once some differ: a filled chip alone would leave the plain ones unexplained.
    legend: known
      ? [
          { label: onlyPlans ? brandsText.plantPlanned : brandsText.plantNamed, tone: 'current' },
          ...(data.brands.some((b) => !b.plant) ? [{ label: capital(brandsText.plantUnknown), tone: 'other' as const }] : []),
        ]
      : [],
    chart,
    description: brandsText.summary(groups.map((g) => brandsText.summaryPart(g.label, g.chips.map((c) => c.label).join(', '))).join('; ')),
    navigation: t.marks.navigation(chart.marks.length),
    table: {
      caption: brandsText.tableCaption,
      columns: [brandsText.tableBrand, brandsText.tableCountry, brandsText.tablePlant],
      rows: data.brands.map((b) => ({ header: localText(b.name, lang), cells: [localText(b.country, lang), b.plant ? (b.plantIsPlan ? brandsText.plannedCell(localText(b.plant, lang)) : localText(b.plant, lang)) : '—'] })),
    },
    // The caveat describes the bundled list (which plant the source names), not a newsroom's own.
    notes: examples ? [brandsText.note] : [],
    notePrefix: t.notePrefix,
    source: t.source(brandsText.source),
    notice,
  };
}
