import { localText } from '../data/types.js';
import { figureText, type PlantsMapData } from '../data/widgets.js';
import { locatorMap } from './locator-map.js';
import type { FrameProps } from './frame.js';
import type { FigureContext } from './types.js';
import { plantsMapMessages } from '../i18n/messages/widgets/plants-map.js';
import { afterColon, sentences } from '../i18n/sentence.js';

export interface PlantsMapProps extends FigureContext {
  data: PlantsMapData;
}

/** A locator map of Kazakhstan with the assembly plants and what the sources say of each. */
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
      lines,
      tableLines,
      readLines,
      latitude: p.latitude,
      longitude: p.longitude,
      mark: { label: plantsMapText.place(name, city), series: '', value: readLines[0] ?? '', period: '', lines: readLines, estimate: false },
    };
  });
  const chart = locatorMap({ width, height, activeMark, fontSize, places });
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
