import { localText } from '../data/types.js';
import type { FactCard } from '../data/widgets.js';
import { formatQuantity, isChange } from '../i18n/quantity.js';
import { bigNumber } from './big-number.js';
import { sentences } from '../i18n/sentence.js';
import type { FrameProps } from './frame.js';
import type { FigureContext } from './types.js';
import { factMessages } from '../i18n/messages/widgets/fact.js';

export interface FactCardProps extends FigureContext {
  fact: FactCard;
  compare?: FactCard;
  /** The source line when the fact names none (a newsroom's own rows without a source). */
  fallbackSource: string;
}

/**
 * One figure as a big number: what it measures as the title, the period under it, the change
 * against a second figure of the same unit (percentage points between percentages, per cent
 * between counts), the caveat the dataset keeps with it, and who reported it.
 */
export function factCardFigure({ fact, compare, fallbackSource, width, height, activeMark, fontSize, locale, notice }: FactCardProps): FrameProps {
  const { t, f, lang } = locale;
  const factText = factMessages[lang];
  const value = formatQuantity({ ...fact, signed: isChange(fact.id) }, locale);
  const period = fact.period ? f.period(fact.period) : '';
  const lines: { text: string; tone?: 'down' | 'up' }[] = [];
  if (compare) {
    const isShare = fact.unit === 'percent' || fact.unit === 'percentage-points';
    const diff = isShare ? fact.value - compare.value : compare.value ? (fact.value / compare.value - 1) * 100 : 0;
    const change = isShare ? t.percentagePoints(f.signedNumber(diff), Math.abs(diff)) : f.signedPercent(diff);
    lines.push({
      text: factText.compare(change, formatQuantity(compare, locale), compare.period ? f.period(compare.period) : ''),
      tone: diff < 0 ? 'down' : 'up',
    });
  }
  if (fact.estimate) lines.push({ text: factText.estimate });
  const label = localText(fact.label, lang);
  const chart = bigNumber({
    width,
    height,
    activeMark,
    fontSize,
    value,
    lines,
    mark: { label, series: period || label, value, period, estimate: fact.estimate },
  });
  return {
    lang,
    title: label,
    subtitle: period,
    chart,
    // Each line a sentence of its own: a comparison or the estimate line ends with a full stop,
    // and one that opens with a period («наурыз 2015: …») takes a capital.
    description: sentences([factText.summary(label, value, period), ...lines.map((l) => l.text)]),
    navigation: t.marks.navigation(1),
    table: {
      caption: factText.tableCaption,
      columns: [factText.tableFigure, factText.tableValue, factText.tablePeriod],
      rows: [fact, ...(compare ? [compare] : [])].map((x) => ({
        header: localText(x.label, lang),
        cells: [formatQuantity(x, locale), x.period ? f.period(x.period) : ''],
      })),
    },
    notes: fact.note ? [localText(fact.note, lang)] : [],
    notePrefix: t.notePrefix,
    source: t.source(fact.source ? localText(fact.source, lang) : fallbackSource),
    notice,
  };
}
