import type { DealerSalesData } from '../data/widgets.js';
import { groupedBars } from './grouped-bars.js';
import type { FrameProps } from './frame.js';
import type { FigureContext } from './types.js';
import { yoyMessages } from '../i18n/messages/widgets/yoy.js';
import { dealerSalesMessages } from '../i18n/messages/widgets/dealer-sales.js';
import { semicolonList } from '../i18n/sentence.js';

export interface DealerSalesProps extends FigureContext {
  data: DealerSalesData;
}

/**
 * Passenger cars sold by official dealers beside passenger cars produced, each against the same
 * months a year before: two pairs of bars on one scale, so the reader sees demand fell faster
 * than output, with each pair's change at its label.
 */
export function dealerSalesFigure({ data, width, height, activeMark, fontSize, locale, notice }: DealerSalesProps): FrameProps {
  const { t, f, lang } = locale;
  const yoyText = yoyMessages[lang];
  const dealerSalesText = dealerSalesMessages[lang];
  const period = f.period(data.period);
  const previousPeriod = f.period(data.previousPeriod);
  const year = f.periodParts(data.period).year;
  const previousYear = f.periodParts(data.previousPeriod).year;
  const count = (v: number, estimate: boolean) => (estimate ? f.approximate(v) : v >= 1e4 ? f.compact(v) : f.number(v, 0));
  // Every vehicle here is a passenger car: «38,8 тыс. автомобилей», «≈10 804 автомобиля».
  const vehicles = (v: number, estimate: boolean) => t.vehicles(count(v, estimate), Math.round(v), true);
  const estimated = data.series.some((s) => s.previousEstimated);
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
            value: s.previous,
            label: count(s.previous, s.previousEstimated),
            tone: s.previousEstimated ? 'estimate' : 'other',
            mark: { label, series: yearLabel(s.previousEstimated), value: vehicles(s.previous, s.previousEstimated), period: previousPeriod, estimate: s.previousEstimated },
          },
          {
            value: s.current,
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
    legend: [
      { label: yearLabel(estimated), tone: estimated ? 'estimate' : 'other' },
      { label: yoyText.year(year), tone: 'current' },
    ],
    chart,
    description: dealerSalesText.summary(
      semicolonList(
        data.series.map((s) =>
          dealerSalesText.summaryPart(
            dealerSalesText.series[s.key],
            vehicles(s.previous, s.previousEstimated),
            previousYear,
            vehicles(s.current, false),
            year,
            f.signedPercent(s.change),
          ),
        ),
        lang,
      ),
    ),
    navigation: t.marks.navigation(chart.marks.length),
    table: {
      caption: dealerSalesText.tableCaption(f.periodInText(data.period)),
      columns: [dealerSalesText.tableSeries, yearLabel(estimated), yoyText.year(year), yoyText.tableChange],
      rows: data.series.map((s) => ({
        header: dealerSalesText.series[s.key],
        cells: [count(s.previous, s.previousEstimated), count(s.current, false), f.signedPercent(s.change)],
      })),
    },
    notes: estimated ? [yoyText.note(previousYear)] : [],
    notePrefix: t.notePrefix,
    source: t.source(yoyText.source),
    notice,
  };
}
