import { getFact } from '../data/lookup.js';
import { localText } from '../data/types.js';
import type { PlantsMapData } from '../data/widgets.js';
import { formatQuantity } from './fact-value.js';
import { locatorMap } from './locator-map.js';
import type { FrameProps } from './frame.js';
import type { FigureContext } from './types.js';
import type { Locale } from '../i18n/index.js';

export interface PlantsMapProps extends FigureContext {
  data: PlantsMapData;
}

/** "Vehicles produced by the Asia Auto plant: 2,369 vehicles (July–November 2016)". */
function figureLine(figure: PlantsMapData['places'][number]['figures'][number], locale: Locale): string {
  if ('text' in figure) return figure.text;
  const fact = getFact(figure.fact);
  return locale.t.plantsMap.figure(fact.label[locale.lang], formatQuantity(fact, locale), locale.f.period(fact.period));
}

/** A locator map of Kazakhstan with the assembly plants and what the sources say of each. */
export function plantsMapFigure({ data, width, height, activeMark, fontSize, locale, notice }: PlantsMapProps): FrameProps {
  const { t, lang } = locale;
  const places = data.places.map((p, i) => {
    const name = localText(p.name, lang);
    const city = localText(p.city, lang);
    const lines = p.figures.map((f) => figureLine(f, locale));
    return {
      key: String(i),
      // The city's short name on the map: "Oskemen (Ust-Kamenogorsk)" → "Oskemen".
      shortLabel: city.replace(/\s*\(.*\)$/, ''),
      heading: t.plantsMap.place(name, city),
      lines,
      latitude: p.latitude,
      longitude: p.longitude,
      mark: { label: name, series: city, value: lines[0] ?? city, period: lines.slice(1).join('; '), estimate: false },
    };
  });
  const chart = locatorMap({ width, height, activeMark, fontSize, places });
  return {
    lang,
    title: t.plantsMap.title,
    subtitle: t.plantsMap.subtitle,
    chart,
    description: t.plantsMap.summary(places.length, places.map((p) => [p.heading, ...p.lines].join(': ')).join('; ')),
    navigation: t.marks.navigation(chart.marks.length),
    table: {
      caption: t.plantsMap.tableCaption,
      columns: [t.plantsMap.tablePlace, t.plantsMap.tableFigures],
      rows: places.map((p) => ({ header: p.heading, cells: [p.lines.join('; ')] })),
    },
    notes: [t.plantsMap.boundary],
    notePrefix: t.notePrefix,
    source: t.source(t.plantsMap.source),
    notice,
  };
}
