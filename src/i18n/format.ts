import { formatLocale, type FormatLocaleObject } from 'd3-format';
import type { Lang, Period } from '../data/types.js';
import type { Messages } from './messages/en.js';

const NBSP = '\u00a0';

// Russian and Kazakh group thousands with a (non-breaking) space and use a decimal comma.
const locales: Record<Lang, FormatLocaleObject> = {
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] }),
  ru: formatLocale({ decimal: ',', thousands: NBSP, grouping: [3], currency: ['', `${NBSP}₸`] }),
  kk: formatLocale({ decimal: ',', thousands: NBSP, grouping: [3], currency: ['', `${NBSP}₸`] }),
};

/** Every number a reader sees goes through one of these. */
export interface Formatter {
  /** Whole or up to `digits` decimals, trailing zeros trimmed: 8,157 · 8 157 · 24,5. */
  number(value: number, digits?: number): string;
  /** An estimate, rounded to `digits` and marked: ≈10,804 · ≈10 804. */
  approximate(value: number, digits?: number): string;
  /** Percent given in percent units (24.5 means 24.5 %): 24.5% · 24,5 %. */
  percent(value: number, digits?: number): string;
  /** Signed percent with a true minus sign: −24.5% · +8 %. */
  signedPercent(value: number, digits?: number): string;
  /** Signed number without unit: +13 · −2,5. */
  signedNumber(value: number, digits?: number): string;
  /** Large numbers with a scale word: 38.8 thousand · 38,8 тыс. · 38,8 мың; 61,5 млрд. */
  compact(value: number, digits?: number): string;
  /** Money with a scale word and currency: 61.5 billion tenge · 61,5 млрд ₸ · 7,4 млрд доллар. */
  money(value: number, currency: 'KZT' | 'USD', digits?: number): string;
  /** Months of a period as words, and its year: { months: 'январь–ноябрь', year: '2016' }. */
  periodParts(period: Period): { months: string; year: string };
  /** A period as a phrase: "January–November 2016" · «январь–ноябрь 2016» · «2016 жылғы қаңтар–қараша». */
  period(period: Period): string;
  /** The same inside a sentence: «январь–ноябрь 2016 года» in Russian. */
  periodInText(period: Period): string;
}

export function createFormatter(lang: Lang, messages: Messages): Formatter {
  const locale = locales[lang];
  const percentSign = lang === 'en' ? '%' : `${NBSP}%`;
  const number = (value: number, digits = 1) => locale.format(`,.${digits}~f`)(value);
  const signedNumber = (value: number, digits = 1) =>
    // d3 prints "+0" for zero; a change of zero reads better unsigned.
    value === 0 ? number(0, digits) : locale.format(`+,.${digits}~f`)(value);

  const periodParts = (period: Period) => {
    switch (period.kind) {
      case 'months': {
        const [fromYear, fromMonth] = period.from.split('-').map(Number) as [number, number];
        const [toYear, toMonth] = period.to.split('-').map(Number) as [number, number];
        const first = messages.months[fromMonth - 1] ?? period.from;
        const last = messages.months[toMonth - 1] ?? period.to;
        if (fromYear !== toYear) {
          // The year comes first in Kazakh, so each end of the span carries its own:
          // «2015 жылғы желтоқсан – 2016 жылғы ақпан».
          const months =
            lang === 'kk'
              ? `${messages.period(first, String(fromYear))} – ${messages.period(last, String(toYear))}`
              : `${first} ${fromYear} – ${last}`;
          return { months, year: String(toYear) };
        }
        return { months: fromMonth === toMonth ? first : `${first}–${last}`, year: String(toYear) };
      }
      case 'year':
        return { months: '', year: String(period.year) };
      case 'years':
        return { months: '', year: `${period.from}–${period.to}` };
      case 'described':
        return { months: period.text[lang], year: '' };
    }
  };

  /** The value in thousands, millions or billions, with the word for that scale. */
  const scaled = (value: number): [number, string] => {
    const size = Math.abs(value);
    if (size >= 1e9) return [value / 1e9, messages.scale.billion];
    if (size >= 1e6) return [value / 1e6, messages.scale.million];
    if (size >= 1e4) return [value / 1e3, messages.scale.thousand];
    return [value, ''];
  };

  const period = (period: Period) => {
    const { months, year } = periodParts(period);
    // A Kazakh span across years already names both years (see periodParts).
    if (lang === 'kk' && /\d/.test(months)) return months;
    return months && year ? messages.period(months, year) : months || year;
  };

  return {
    number,
    compact: (value, digits = 1) => {
      const [n, scale] = scaled(value);
      return scale ? `${number(n, digits)}${lang === 'en' ? ' ' : NBSP}${scale}` : number(n, digits);
    },
    money: (value, currency, digits = 1) => {
      const [n, scale] = scaled(value);
      return messages.money(number(n, digits), scale, currency);
    },
    approximate: (value, digits = 0) => `≈${number(value, digits)}`,
    percent: (value, digits = 1) => number(value, digits) + percentSign,
    signedPercent: (value, digits = 1) => signedNumber(value, digits) + percentSign,
    signedNumber,
    periodParts,
    period,
    periodInText: (p) => messages.periodInText(period(p), p.kind),
  };
}
