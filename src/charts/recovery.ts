import { getFact, isFactId } from '../data/lookup.js';
import type { RecoveryData } from '../data/widgets.js';
import { localText } from '../data/types.js';
import { changePanels } from './change-panels.js';
import type { FrameProps } from './frame.js';
import type { FigureContext } from './types.js';
import { capitalise, lowerFirst } from '../i18n/sentence.js';
import { recoveryMessages } from '../i18n/messages/widgets/recovery.js';

export interface RecoveryProps extends FigureContext {
  data: RecoveryData;
}

/**
 * How the fall in production eased as the year went on. The industry's figures all count from
 * January, so they overlap: they stand together under one heading as one comparison, each with
 * its months. A plant's own months are another measure of another thing, so it gets a panel of
 * its own that names it as one plant and states its period, and the headline.
 */
export function recoveryFigure({ data, width, height, activeMark, fontSize, locale, notice }: RecoveryProps): FrameProps {
  const { t, f, lang } = locale;
  const recoveryText = recoveryMessages[lang];
  const { stages, plant } = data;
  const mark = (label: string, series: string, change: number) => ({
    label,
    series,
    // Russian lowers a legend's capital after a comma: «январь–июнь 2016, все производители».
    seriesInText: lang === 'ru' ? lowerFirst(series) : undefined,
    value: f.signedPercent(change),
    period: label,
    estimate: false,
  });
  const plantName = plant && localText(plant.name, lang);
  const chart = changePanels({
    width,
    height,
    activeMark,
    fontSize,
    panels: [
      {
        key: 'sector',
        heading: recoveryText.sectorPanel,
        rows: stages.map((s, i) => {
          const label = f.period(s.period);
          return { key: `stage-${i}`, label, value: s.change, valueLabel: f.signedPercent(s.change), mark: mark(label, recoveryText.sector, s.change) };
        }),
      },
      ...(plant && plantName
        ? [{
            key: 'plant',
            heading: recoveryText.plantPanel(plantName),
            rows: [{
              key: 'plant',
              label: f.period(plant.period),
              value: plant.change,
              valueLabel: f.signedPercent(plant.change),
              mark: { ...mark(plantName, t.marks.change, plant.change), period: f.period(plant.period) },
            }],
          }]
        : []),
    ],
  });

  const first = stages[0]!;
  const last = stages[stages.length - 1]!;
  const size = (v: number) => f.number(Math.abs(v));
  const title =
    stages.length > 1 && first.change < 0 && last.change <= 0
      ? (Math.abs(last.change) < Math.abs(first.change) ? recoveryText.titleEased : recoveryText.titleDeepened)(size(first.change), size(last.change), f.periodParts(last.period).year)
      : recoveryText.titleChange(f.signedPercent(last.change));

  // Caveats kept with the facts (e.g. the first-half 56 % the article gives no source for) go under
  // the chart, each led by the bar it is about: «Январь–июнь 2016 (−56 %). Статья не приводит…».
  const notes = [...stages.flatMap((s) => s.facts ?? []), ...(plant?.facts ?? [])]
    .filter(isFactId)
    .map((id) => getFact(id))
    .filter((fact) => fact.note?.[lang])
    .map((fact) => {
      const figure = fact.unit === 'percent' ? ` (${f.signedPercent(fact.value)})` : '';
      return `${capitalise(f.period(fact.period))}${figure}. ${fact.note![lang]}`;
    });

  return {
    lang,
    title,
    // The stages run from January; the plant's bar is one plant over its own months.
    subtitle: plant && plantName ? recoveryText.subtitleWithPlant(plantName, f.periodParts(plant.period)) : recoveryText.subtitle,
    headline: plant && plantName
      ? recoveryText.plantHeadline(
          plantName,
          plant.value === undefined ? '' : t.vehicles(f.number(plant.value, 0), plant.value, true),
          f.periodInText(plant.period),
          f.signedPercent(plant.change),
        )
      : undefined,
    chart,
    // The parts open a sentence, and a period such as «январь 2017» there takes a capital.
    description: recoveryText.summary(
      capitalise(
        [
          ...stages.map((s) => recoveryText.summaryPart(f.period(s.period), f.signedPercent(s.change))),
          ...(plant && plantName ? [recoveryText.summaryPart(`${plantName}, ${f.period(plant.period)}`, f.signedPercent(plant.change))] : []),
        ].join('; '),
      ),
    ),
    navigation: t.marks.navigation(chart.marks.length),
    table: {
      caption: recoveryText.tableCaption,
      columns: [recoveryText.tablePeriod, recoveryText.tableWho, recoveryText.tableChange],
      rows: [
        ...stages.map((s) => ({ header: f.period(s.period), cells: [recoveryText.sector, f.signedPercent(s.change)] })),
        ...(plant && plantName ? [{ header: f.period(plant.period), cells: [plantName, f.signedPercent(plant.change)] }] : []),
      ],
    },
    notes,
    notePrefix: t.notePrefix,
    source: t.source(recoveryText.source),
    notice,
  };
}
