import { locative } from './kk-case.js';
import { kk } from './messages/kk.js';

/**
 * A formatted Kazakh period («2016 жылғы қаңтар–қараша», «2015», «2010–2015») put in the case a
 * sentence needs: Kazakh says "in" and "of" with endings, not prepositions, so a widget's
 * sentence cannot just paste the period in.
 */
const ENDS_WITH_MONTH = new RegExp(`(${kk.months.join('|')})$`);
const YEAR = /^\d{4}$/;
const YEARS = /^\d{4}–\d{4}$/;

/** "In the period": «2016 жылғы қаңтар–қарашада», «2015 жылы», «2010–2015 жылдары». */
export function inPeriod(period: string): string {
  if (YEAR.test(period)) return `${period}\u00a0жылы`;
  if (YEARS.test(period)) return `${period}\u00a0жылдары`;
  if (ENDS_WITH_MONTH.test(period)) return locative(period);
  // A period the dataset words itself («соңғы алты жылда») is already a phrase of time.
  return period;
}

/** "Of the period", before a noun: «2015 жылғы қаңтар–қарашадағы», «2015 жылғы»; undefined for a worded period. */
export function ofPeriod(period: string): string | undefined {
  if (YEAR.test(period)) return `${period}\u00a0жылғы`;
  if (YEARS.test(period)) return `${period}\u00a0жылдардағы`;
  if (ENDS_WITH_MONTH.test(period)) {
    const at = locative(period);
    return `${at}${at.endsWith('а') ? 'ғы' : 'гі'}`;
  }
  return undefined;
}

