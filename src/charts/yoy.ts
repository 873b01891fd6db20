import type { YoyData } from '../data/widgets.js';
import { groupedBars } from './grouped-bars.js';
import { divergingBars } from './diverging-bars.js';
import type { FrameProps, LegendItem } from './frame.js';
import type { FigureContext, TableModel } from './types.js';
import { previousYearLegend } from './year-legend.js';
import { yoyMessages } from '../i18n/messages/widgets/yoy.js';
import { semicolonList } from '../i18n/sentence.js';

export const YOY_MODES = ['units', 'change'] as const;
export type YoyMode = (typeof YOY_MODES)[number];

export interface YoyProps extends FigureContext {
  data: YoyData;
  mode: YoyMode;
  /**
   * Only some vehicle types are shown (the `segments` attribute). The units view then draws no
   * total, so its title, headline, summary and table speak of the types drawn, not the total.
   */
  subset?: boolean;
}

/**
 * Production this period against the same months a year before, by vehicle type: grouped bars
 * of units with the change on each type, or diverging bars of the change alone. Returns the
 * whole figure (texts, plot, summary, table), for the element's frame or a static renderer.
 */
export function yoyFigure({ data, mode, subset = false, width, height, activeMark, fontSize, locale, notice }: YoyProps): FrameProps {
  const { t, f, lang } = locale;
  const yoyText = yoyMessages[lang];
  const { total, segments } = data;
  const period = f.period(data.period);
  const parts = f.periodParts(data.period);
  const previousYear = f.periodParts(data.previousPeriod).year;
  const currentYear = parts.year;
  const estimated = total.previousEstimated || segments.some((s) => s.previousEstimated);
  // Marked per mark: only a column of nothing but estimates is headed "(est.)".
  const allEstimated = total.previousEstimated && segments.every((s) => s.previousEstimated);
  const previousYearLabel = (isEstimate: boolean) =>
    isEstimate ? yoyText.yearEstimate(previousYear) : yoyText.year(previousYear);
  // Estimates are rounded to whole vehicles and marked: a derived 10,803.97 is not a count.
  const count = (value: number, isEstimate: boolean) => (isEstimate ? f.approximate(value) : f.number(value, 0));

  const previousPeriod = f.period(data.previousPeriod);
  const vehicles = (value: number, isEstimate: boolean) => t.vehicles(count(value, isEstimate), Math.round(value));
  const changeMark = (label: string, change: number) => ({
    label,
    series: t.marks.change,
    value: f.signedPercent(change),
    period,
    estimate: false,
  });

  // The change view draws the total as its own bar; the units view only when all types are shown.
  const showTotal = mode === 'change' || !subset;
  const unitGroup = (key: string, label: string, fig: YoyData['total'], summary = false) => ({
    key,
    label,
    summary,
    annotation: { text: f.signedPercent(fig.change), tone: fig.change < 0 ? ('down' as const) : ('up' as const) },
    bars: [
      {
        value: fig.previous,
        label: count(fig.previous, fig.previousEstimated),
        tone: fig.previousEstimated ? ('estimate' as const) : ('other' as const),
        mark: {
          label,
          series: previousYearLabel(fig.previousEstimated),
          value: vehicles(fig.previous, fig.previousEstimated),
          period: previousPeriod,
          estimate: fig.previousEstimated,
        },
      },
      {
        value: fig.current,
        label: count(fig.current, false),
        tone: 'current' as const,
        mark: { label, series: yoyText.year(currentYear), value: vehicles(fig.current, false), period, estimate: false },
      },
    ],
  });

  const chart =
    mode === 'units'
      ? groupedBars({
          width,
          height,
          activeMark,
          fontSize,
          keepThickness: true,
          // The change beside each type's name, where the eye is when it reads the bars.
          annotationAt: 'beside',
          groups: [
            ...segments.map((s) => unitGroup(s.key, t.segments[s.key], s)),
            // The title speaks of the total: it is drawn, set apart, when every type is shown.
            ...(showTotal ? [unitGroup('total', t.segments.total, total, true)] : []),
          ],
        })
      : divergingBars({
          width,
          height,
          activeMark,
          fontSize,
          keepThickness: true,
          rows: [
            ...segments.map((s) => ({
              key: s.key,
              label: t.segments[s.key],
              value: s.change,
              valueLabel: f.signedPercent(s.change),
              mark: changeMark(t.segments[s.key], s.change),
            })),
            {
              key: 'total',
              label: t.segments.total,
              value: total.change,
              valueLabel: f.signedPercent(total.change),
              summary: true,
              mark: changeMark(t.segments.total, total.change),
            },
          ],
        });

  const legend: LegendItem[] = mode === 'units' ? previousYearLegend(segments, previousYearLabel, yoyText.year(currentYear)) : [];

  const totalText = t.vehicles(f.number(total.current, 0), total.current);
  const unitParts = semicolonList(
    segments.map((s) => yoyText.summaryPart(t.segments[s.key], f.number(s.current, 0), f.signedPercent(s.change))),
    lang,
  );
  const description =
    mode === 'units' && !showTotal
      ? yoyText.summaryShown(parts.months, parts.year, unitParts)
      : mode === 'units'
      ? yoyText.summaryUnits(
          parts.months,
          parts.year,
          totalText,
          f.number(Math.abs(total.change)),
          total.change,
          unitParts,
        )
      : yoyText.summaryChange(
          parts.months,
          parts.year,
          semicolonList([
            ...segments.map((s) => yoyText.summaryChangePart(t.segments[s.key], f.signedPercent(s.change))),
            yoyText.summaryChangePart(t.segments.total, f.signedPercent(total.change)),
          ], lang),
        );

  const figureRow = (label: string, fig: YoyData['total']) => ({
    header: label,
    cells: [count(fig.previous, fig.previousEstimated), count(fig.current, false), f.signedPercent(fig.change)],
  });
  // Vehicles in the total but in no named type (363 in 2016): a row of their own, so the rows add
  // up to the total. A gap between estimates is no figure, so its year-before cell stays empty.
  const sum = (pick: (s: YoyData['total']) => number) => segments.reduce((a, s) => a + pick(s), 0);
  const otherCurrent = total.current - sum((s) => s.current);
  const anyEstimate = total.previousEstimated || segments.some((s) => s.previousEstimated);
  const otherPrevious = total.previous - sum((s) => s.previous);
  const otherRow =
    !subset && otherCurrent > 0
      ? {
          header: yoyText.tableOther,
          cells: [anyEstimate || otherPrevious < 0 ? '—' : f.number(otherPrevious, 0), f.number(otherCurrent, 0), '—'],
        }
      : undefined;
  const table: TableModel = {
    caption: yoyText.tableCaption(f.periodInText(data.period)),
    columns: [yoyText.tableType, previousYearLabel(allEstimated), yoyText.year(currentYear), yoyText.tableChange],
    // The "other" row makes the rows add up to the total, so it goes only where the total does.
    rows: [
      ...segments.map((s) => figureRow(t.segments[s.key], s)),
      ...(showTotal ? [...(otherRow ? [otherRow] : []), figureRow(t.segments.total, total)] : []),
    ],
  };

  // The finding of the change view is the type that moved most; of the units view, the total,
  // or, when only some types are drawn, the one of them that moved most.
  const mover = [...segments].sort((a, b) => Math.abs(b.change) - Math.abs(a.change))[0];
  const title =
    (mode === 'change' || !showTotal) && mover
      ? (segments.length === 1 ? yoyText.titleOne : yoyText.titleChange)(
          yoyText.output[mover.key],
          f.number(Math.abs(mover.change)),
          mover.change,
        )
      : yoyText.title(f.number(Math.abs(total.change)), total.change);

  return {
    lang,
    title,
    subtitle: (mode === 'units' ? yoyText.subtitleUnits : yoyText.subtitleChange)(period, previousYear),
    headline: showTotal ? yoyText.headline(totalText, f.signedPercent(total.change)) : undefined,
    legend,
    chart,
    description,
    navigation: t.marks.navigation(chart.marks.length),
    table,
    notes: estimated && mode === 'units' ? [allEstimated ? yoyText.note(previousYear) : yoyText.noteMarked] : [],
    notePrefix: t.notePrefix,
    source: t.source(yoyText.source),
    notice,
  };
}
