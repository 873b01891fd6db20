import { localText } from '../data/types.js';
import { figureText, type MapPlace, type PlantsMapData } from '../data/widgets.js';
import type { Locale } from '../i18n/index.js';
import { locatorMap } from './locator-map.js';
import type { FrameProps } from './frame.js';
import type { FigureContext } from './types.js';
import { plantsMapMessages } from '../i18n/messages/widgets/plants-map.js';
import { afterColon, sentences } from '../i18n/sentence.js';

export interface PlantsMapProps extends FigureContext {
  data: PlantsMapData;
}

/** Orientation only, not data: the capital and the largest city (public geography, city centres). */
const REFERENCES = [
  { id: 'astana', latitude: 51.13, longitude: 71.43 },
  { id: 'almaty', latitude: 43.24, longitude: 76.95 },
] as const;

/**
 * The one figure a place's label carries on the map: its first, or else its city's, without
 * what it measures (the tooltip and the table say that) and with its period on a line of its own:
 * "Vehicles produced…: 2,369 cars (July–November 2016)" → "2,369 cars", "July–November 2016".
 * Read from the line as written, so a chart made from its own CSV download labels the same.
 */
function labelFigure(p: MapPlace, locale: Locale): string[] {
  const figure = p.figures[0] ?? p.cityFigures?.[0];
  if (!figure) return [];
  const [, value = '', period] = /^(?:.*: )?(.+?)(?: \(([^()]+)\))?$/su.exec(figureText(figure, locale)) ?? [];
  return period ? [value, period] : [value];
}

export function plantsMapFigure({ data, width, height, activeMark, fontSize, locale, notice }: PlantsMapProps): FrameProps {
  const { t, lang } = locale;
  const plantsMapText = plantsMapMessages[lang];
  const places = data.places.map((p, i) => {
    const name = localText(p.name, lang);
    const city = localText(p.city, lang);
    const cityLines = (p.cityFigures ?? []).map((f) => figureText(f, locale));
    // The city's figures under their own heading, so none is read as the plant's.
    const lines = [
      ...p.figures.map((f) => figureText(f, locale)),
      ...(cityLines.length ? [plantsMapText.cityFigures(city), ...cityLines] : []),
    ];
    // Read aloud and in the tooltip, each line is a sentence, so the city's heading loses its colon.
    const readLines = lines.map((l, k) => (cityLines.length && k === p.figures.length ? l.replace(/:\s*$/, '') : l));
    const tableLines = [
      ...p.figures.map((f) => figureText(f, locale)),
      // One cell, one sentence: after the heading's colon a Russian figure goes on in lower case.
      ...(cityLines.length ? [`${plantsMapText.cityFigures(city)} ${cityLines.map((l) => (lang === 'ru' ? afterColon(l, lang) : l)).join('; ')}`] : []),
    ];
    return {
      key: String(i),
      // The city's short name on the map: "Oskemen (Ust-Kamenogorsk)" → "Oskemen".
      shortLabel: city.replace(/\s*\(.*\)$/, ''),
      heading: plantsMapText.place(name, city),
      figure: labelFigure(p, locale),
      tableLines,
      readLines,
      latitude: p.latitude,
      longitude: p.longitude,
      mark: { label: plantsMapText.place(name, city), series: '', value: readLines[0] ?? '', period: '', lines: readLines, estimate: false },
    };
  });
  const references = REFERENCES.map((c) => ({ ...c, name: plantsMapText.references[c.id] }));
  const chart = locatorMap({ width, height, activeMark, fontSize, places, references });
  return {
    lang,
    title: plantsMapText.title,
    subtitle: data.places.some((p) => p.cityFigures?.length) ? plantsMapText.subtitleWithCity : plantsMapText.subtitle,
    chart,
    // Each place and each of its figures a sentence: the figures hold colons of their own.
    description: `${plantsMapText.summary(places.length)} ${places.map((p) => sentences([p.heading, ...p.readLines])).join(' ')}`,
    navigation: plantsMapText.navigation(chart.marks.length),
    table: {
      caption: plantsMapText.tableCaption,
      columns: [plantsMapText.tablePlace, plantsMapText.tableFigures],
      rows: places.map((p) => ({ header: p.heading, cells: [p.tableLines.join('. ')] })),
    },
    notes: [plantsMapText.boundary],
    notePrefix: t.notePrefix,
    source: t.source(plantsMapText.source),
    notice,
  };
}
