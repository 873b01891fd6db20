import { getFact } from '../data/lookup.js';
import { ANNOTATION_FACTS, type OutputAnnotation, type OutputValueData } from '../data/widgets.js';
import { groupedBars } from './grouped-bars.js';
import { describeFact } from '../i18n/quantity.js';
import type { FrameProps } from './frame.js';
import type { Note } from './note.js';
import type { FigureContext } from './types.js';
import { afterColon, lowerFirst } from '../i18n/sentence.js';
import { outputValueMessages } from '../i18n/messages/widgets/output-value.js';

export interface OutputValueProps extends FigureContext {
  data: OutputValueData;
  annotations: readonly OutputAnnotation[];
}

/**
 * The sector's output in value at the points the source gives (2010 and 2015): one bar each on
 * a zero baseline, and nothing drawn between them, because the source gives no years between.
 * The ratio of last to first is the title; other sector-scale figures come as annotations.
 */
export function outputValueFigure({ data, annotations, width, height, activeMark, fontSize, locale, notice }: OutputValueProps): FrameProps {
  const { t, f, lang } = locale;
  const outputValueText = outputValueMessages[lang];
  const { points } = data;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const money = (v: number, currency: 'KZT' | 'USD') => f.money(v, currency);
  const labels = points.map((p) => f.period(p.period));

  const chart = groupedBars({
    width,
    height,
    activeMark,
    fontSize,
    keepThickness: true,
    // The ratio beside the year it reaches, not at the far edge of a wide column.
    annotationAt: 'beside',
    groups: points.map((p, i) => ({
      key: String(i),
      label: labels[i]!,
      annotation:
        i > 0 && p === last && first.value > 0
          ? { text: `×${f.number(last.value / first.value)}`, tone: last.value >= first.value ? 'up' : 'down' }
          : undefined,
      bars: [
        {
          value: p.value,
          label: money(p.value, p.currency),
          tone: p === last ? 'current' : 'other',
          mark: { label: labels[i]!, series: outputValueText.series, seriesInText: lang === 'ru' ? lowerFirst(outputValueText.series) : undefined, value: money(p.value, p.currency), period: labels[i]!, estimate: false },
        },
      ],
    })),
  });

  const ratio = first.value > 0 ? last.value / first.value : 0;
  const title =
    points.length > 1 && ratio >= 1
      ? outputValueText.titleRise(f.number(ratio), labels[0]!, labels[labels.length - 1]!)
      : points.length > 1
        ? outputValueText.titleFall(labels[0]!, labels[labels.length - 1]!)
        : outputValueText.subtitle([labels[0]!]);

  // Annotations describe the bundled figures; a newsroom's own points get its own `note` instead.
  const also = data.bundled
    ? annotations.map((key) => {
        const fact = getFact(ANNOTATION_FACTS[key]);
        const line = describeFact(fact, locale);
        const text = fact.note ? `${line}. ${fact.note[lang]}` : `${line}.`;
        // After a colon Russian and Kazakh go on in lower case («Дереккөзде сондай-ақ: сала…»);
        // after a prefix that ends its own sentence («Также в источнике.») the line keeps its capital.
        return outputValueText.alsoPrefix.trimEnd().endsWith(':') ? afterColon(text, lang) : text;
      })
    : [];
  // The article prints the 2015 figure twice, in tenge and in dollars: the chart says so beside
  // the bar, not only when the dollar annotation is asked for. Its tenge are of each year.
  const conflict = getFact('production-value-2015').note;
  const own: Note[] = data.bundled
    ? [
        ...(conflict && !annotations.includes('dollar-slip') ? [{ prefix: t.notePrefix, text: conflict[lang] }] : []),
        { prefix: t.notePrefix, text: outputValueText.nominal },
      ]
    : [];
  const notes: Note[] = [...own, ...also];

  return {
    lang,
    title,
    // "2010 and 2015", «в 2010 и 2015 годах»: the list as each language joins it.
    subtitle: outputValueText.subtitle(
      labels,
      points.every((p) => p.period.kind === 'year'),
    ),
    chart,
    legend: points.length > 1 ? [{ label: labels[labels.length - 1]!, tone: 'current' }] : [],
    description: outputValueText.summary(points.map((p, i) => outputValueText.summaryPart(labels[i]!, money(p.value, p.currency))).join('; ')),
    navigation: t.marks.navigation(chart.marks.length),
    table: {
      caption: outputValueText.tableCaption,
      columns: [outputValueText.tablePeriod, outputValueText.tableValue],
      rows: points.map((p, i) => ({ header: labels[i]!, cells: [money(p.value, p.currency)] })),
    },
    notes,
    notePrefix: outputValueText.alsoPrefix,
    source: t.source(outputValueText.source),
    notice,
  };
}
