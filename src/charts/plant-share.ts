import type { ShareData } from '../data/widgets.js';
import type { FigureContext } from './types.js';
import { shareBars } from './share-bars.js';
import type { FrameProps } from './frame.js';
import { plantShareMessages } from '../i18n/messages/widgets/plant-share.js';
import { periodSpan, periodsKind } from './period-span.js';
import { lowerFirst } from '../i18n/sentence.js';

export interface PlantShareProps extends FigureContext {
  data: ShareData;
}

/** The part of official car sales assembled in Kazakhstan, one 100 % bar per month: the whole figure. */
export function plantShareFigure({ data, width, height, activeMark, fontSize, locale, notice }: PlantShareProps): FrameProps {
  const { t, f, lang } = locale;
  // Russian lowers a legend's capital after a comma: «март 2015, собраны в Казахстане».
  const inText = (series: string) => (lang === 'ru' ? lowerFirst(series) : undefined);
  const plantShareText = plantShareMessages[lang];
  const { points } = data;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) throw new Error('plant-share needs at least one data point');
  const change = last.share - first.share;
  const signedPp = t.percentagePoints(f.signedNumber(change), Math.abs(change));

  const chart = shareBars({
    width,
    height,
    activeMark,
    fontSize,
    rows: points.map((p, i) => {
      const month = f.period(p.period);
      return {
        key: String(i),
        label: month,
        share: p.share,
        shareLabel: f.percent(p.share),
        restLabel: f.percent(100 - p.share),
        annotation: i > 0 && p === last ? plantShareText.change(signedPp, periodSpan(first.period, last.period)) : undefined,
        mark: { label: month, series: plantShareText.local, seriesInText: inText(plantShareText.local), value: f.percent(p.share), period: month, estimate: false },
        // The rest is 100 minus the reported share: computed, so marked as such.
        restMark: { label: month, series: plantShareText.other, seriesInText: inText(plantShareText.other), value: f.percent(100 - p.share), period: month, estimate: false, computed: true },
      };
    }),
  });

  const plantList = data.plants.map((p) => plantShareText.plant(p.name[lang], p.city[lang])).join(', ');
  return {
    lang,
    title: plantShareText.title(f.number(first.share), f.number(last.share), change),
    subtitle: plantShareText.subtitle(points.map((p) => f.period(p.period))),
    legend: [
      { label: plantShareText.local, tone: 'local' },
      { label: plantShareText.other, tone: 'other' },
    ],
    chart,
    description: plantShareText.summary(
      points.map((p) => [f.period(p.period), f.percent(p.share)]),
      signedPp,
    ),
    navigation: t.marks.navigation(chart.marks.length),
    table: {
      caption: plantShareText.tableCaption,
      columns: [plantShareText.tablePeriod[periodsKind(points.map((p) => p.period))], plantShareText.tableLocal, plantShareText.tableOther],
      rows: points.map((p) => ({
        header: f.period(p.period),
        cells: [f.number(p.share), f.number(100 - p.share)],
      })),
    },
    notes: plantList ? [plantShareText.plants(plantList)] : [],
    notePrefix: t.notePrefix,
    source: t.source(plantShareText.source),
    notice,
  };
}
