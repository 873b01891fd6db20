import { localText } from '../data/types.js';
import type { FactCard, FormulaInput } from '../data/widgets.js';
import { countsCars, formatQuantity, isChange } from '../i18n/quantity.js';
import { getFact, isFactId } from '../data/lookup.js';

/** A dataset figure counting cars only is worded as cars («38,8 тыс. автомобилей»). */
const carsOf = (id: string) => isFactId(id) && countsCars(getFact(id).subject);
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
  const value = formatQuantity({ ...fact, signed: isChange(fact.id), cars: carsOf(fact.id) }, locale);
  const period = fact.period ? f.period(fact.period) : '';
  const lines: { text: string; tone?: 'down' | 'up' }[] = [];
  if (compare) {
    const isShare = fact.unit === 'percent' || fact.unit === 'percentage-points';
    // An estimate worked out from this very figure and its printed change is compared by that
    // printed change (8 157 against ≈10 800 is −24.5 %, as the article says, not −24 %).
    const printed = compare.estimate && compare.formula?.inputs.some((x) => x.id === fact.id)
      ? compare.formula.inputs.find((x) => x.unit === 'percent' && !x.estimate)
      : undefined;
    const diff = printed ? printed.value : isShare ? fact.value - compare.value : compare.value ? (fact.value / compare.value - 1) * 100 : 0;
    // An estimate is shown rounded; a change worked out from it is no more precise than a whole
    // per cent (10 125 against ≈13 000 is −22 %, as the article prints it, not −22.1 %).
    const digits = printed ? (Number.isInteger(printed.value) ? 0 : 1) : fact.estimate || compare.estimate ? 0 : 1;
    const change = isShare ? t.percentagePoints(f.signedNumber(diff, digits), Math.abs(diff)) : f.signedPercent(diff, digits);
    lines.push({
      text: factText.compare(
        change,
        formatQuantity({ ...compare, cars: carsOf(compare.id), short: true }, locale),
        compare.period ? f.period(compare.period) : '',
        compare.period?.kind,
      ),
      tone: diff < 0 ? 'down' : 'up',
    });
  }
  if (fact.formula) {
    // The arithmetic with the figures it reads, printed as the card prints them.
    const term = (x: FormulaInput) =>
      x.unit === 'percent' ? f.percent(x.value) : x.estimate ? f.approximate(x.value) : f.number(x.value);
    const byId = new Map(fact.formula.inputs.map((x) => [x.id, x]));
    const reads = fact.formula.reads
      .replace(/\{([^}]+)\}/g, (_, id: string) => (id === '100%' ? f.percent(100) : byId.has(id) ? term(byId.get(id)!) : id))
      .replace(/\+ −/g, '− ');
    lines.push({ text: fact.estimate ? factText.estimateFormula(reads) : factText.exactFormula(reads) });
  } else if (fact.estimate) lines.push({ text: factText.estimate });
  const label = localText(fact.label, lang);
  const chart = bigNumber({
    width,
    height,
    activeMark,
    fontSize,
    value,
    lines,
    mark: { label, series: period || label, value, period, estimate: fact.estimate, computed: !fact.estimate && !!fact.formula },
  });
  return {
    lang,
    title: label,
    subtitle: period,
    chart,
    // Each line a sentence of its own: a comparison or the estimate line ends with a full stop,
    // and one that opens with a period («наурыз 2015: …») takes a capital; the period as it reads
    // inside a sentence («январь–ноябрь 2016 года»).
    description: sentences([factText.summary(label, value, fact.period ? f.periodInText(fact.period) : ''), ...lines.map((l) => l.text)]),
    navigation: t.marks.navigation(1),
    table: {
      caption: factText.tableCaption,
      columns: [factText.tableFigure, factText.tableValue, factText.tablePeriod],
      rows: [fact, ...(compare ? [compare] : [])].map((x) => ({
        header: localText(x.label, lang),
        cells: [formatQuantity({ ...x, signed: isChange(x.id), cars: carsOf(x.id) }, locale), x.period ? f.period(x.period) : ''],
      })),
    },
    notes: fact.note ? [localText(fact.note, lang)] : [],
    notePrefix: t.notePrefix,
    source: t.source(fact.source ? localText(fact.source, lang) : fallbackSource),
    notice,
  };
}
