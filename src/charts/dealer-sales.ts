import type { DealerSalesData } from '../data/widgets.js';
import { groupedBars } from './grouped-bars.js';
import type { FrameProps } from './frame.js';
import type { FigureContext } from './types.js';
import { previousYearLegend } from './year-legend.js';
import { yoyMessages } from '../i18n/messages/widgets/yoy.js';
import { dealerSalesMessages } from '../i18n/messages/widgets/dealer-sales.js';
import { semicolonList } from '../i18n/sentence.js';

/** The earlier year's level in every pair: the index base. */
const INDEX_BASE = 100;

export interface DealerSalesProps extends FigureContext {
  data: DealerSalesData;
}

/**
 * Passenger cars sold by official dealers beside passenger cars produced, each against the same
 * months a year before. The story is the two rates (−56 % against −24.5 %), and on one count
 * axis 88.4 thousand would make production's 10.8 thousand a stub: so each pair is drawn as an
 * index, its own earlier year = 100, and the counts stay in the labels, tooltips and table.
 */
export function dealerSalesFigure({ data, width, height, activeMark, fontSize, locale, notice }: DealerSalesProps): FrameProps {
  const { t, f, lang } = locale;
  const yoyText = yoyMessages[lang];
  const dealerSalesText = dealerSalesMessages[lang];
  const period = f.period(data.period);
  const previousPeriod = f.period(data.previousPeriod);
  const previousParts = f.periodParts(data.previousPeriod);
  const currentParts = f.periodParts(data.period);
  const year = currentParts.year;
  const previousYear = previousParts.year;
  const count = (v: number, estimate: boolean) => (estimate ? f.approximate(v) : v >= 1e4 ? f.compact(v) : f.number(v, 0));
  // Every vehicle here is a passenger car: «38,8 тыс. автомобилей», «≈10 804 автомобиля».
  const vehicles = (v: number, estimate: boolean) => t.vehicles(count(v, estimate), Math.round(v), true);
  const estimated = data.series.filter((s) => s.previousEstimated);
  const allEstimated = estimated.length === data.series.length;
  const yearLabel = (estimate: boolean) => (estimate ? yoyText.yearEstimate(previousYear) : yoyText.year(previousYear));

  const chart = groupedBars({
    width,
    height,
    activeMark,
    fontSize,
    groups: data.series.map((s) => {
      const label = dealerSalesText.series[s.key];
      return {
        key: s.key,
        label,
        annotation: { text: f.signedPercent(s.change), tone: s.change < 0 ? 'down' : 'up' },
        bars: [
          {
            value: INDEX_BASE,
            label: count(s.previous, s.previousEstimated),
            tone: s.previousEstimated ? 'estimate' : 'other',
            mark: { label, series: yearLabel(s.previousEstimated), value: vehicles(s.previous, s.previousEstimated), period: previousPeriod, estimate: s.previousEstimated },
          },
          {
            // From the reported change, so the bar's length and the printed rate agree.
            value: Math.max(0, INDEX_BASE + s.change),
            label: count(s.current, false),
            tone: 'current',
            mark: { label, series: yoyText.year(year), value: vehicles(s.current, false), period, estimate: false },
          },
        ],
      };
    }),
  });

  const sales = data.series.find((s) => s.key === 'dealer-sales')!;
  const production = data.series.find((s) => s.key === 'passenger-production');
  return {
    lang,
    title: dealerSalesText.title(
      f.number(Math.abs(sales.change)),
      sales.change,
      production && f.number(Math.abs(production.change)),
      production?.change,
    ),
    subtitle: dealerSalesText.subtitle(f.periodInText(data.period), previousYear),
    // One key per kind of mark drawn: a reported 88.4 thousand is never keyed as an estimate.
    legend: previousYearLegend(data.series, yearLabel, yoyText.year(year)),
    chart,
    description: dealerSalesText.summary(
      semicolonList(
        data.series.map((s) =>
          dealerSalesText.summaryPart(
            dealerSalesText.series[s.key],
            vehicles(s.previous, s.previousEstimated),
            previousParts,
            vehicles(s.current, false),
            currentParts,
            f.signedPercent(s.change),
          ),
        ),
        lang,
      ),
    ),
    navigation: t.marks.navigation(chart.marks.length),
    table: {
      caption: dealerSalesText.tableCaption(f.periodInText(data.period)),
      columns: [dealerSalesText.tableSeries, yearLabel(allEstimated), yoyText.year(year), yoyText.tableChange],
      rows: data.series.map((s) => ({
        header: dealerSalesText.series[s.key],
        cells: [count(s.previous, s.previousEstimated), count(s.current, false), f.signedPercent(s.change)],
      })),
    },
    notes: estimated.length
      ? [dealerSalesText.estimateNote(estimated.map((s) => dealerSalesText.measure[s.key]), previousParts, currentParts.year)]
      : [],
    notePrefix: t.notePrefix,
    source: t.source(dealerSalesText.source),
    notice,
  };
}
