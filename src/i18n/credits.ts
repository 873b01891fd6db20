import { sources } from '../data/sources.js';
import type { Lang, Localized, SourceId } from '../data/types.js';

/**
 * Source lines, built from the one name each source has per language in `sources.ts`. The union
 * is credited only for what the Russian article quotes from its message (production by type,
 * paragraphs 1–2); dealer sales, the easing of the fall and Asia Auto are the paper's own.
 */
const vv = sources['vremya-vostoka-2016'];
const inform = sources['inform-kz-2016'];
const union = vv.origin!;
const outlet = vv.outlet;

const each = (make: (lang: Lang) => string): Localized => ({ kk: make('kk'), ru: make('ru'), en: make('en') });

export const credits = {
  /** Production figures: the union's message, as the paper printed it. */
  unionViaPaper: {
    kk: `${union.kk} (${outlet.kk} газеті арқылы)`,
    ru: `${union.ru} (по сообщению газеты ${outlet.ru})`,
    en: `${union.en}, via ${outlet.en}`,
  },
  /** What the paper reports without naming the union. */
  paper: each((lang) => outlet[lang]),
  /** Dealer sales (the paper's) beside passenger-car production (the union's). */
  paperAndUnionProduction: {
    kk: `${outlet.kk}; өндіріс: ${union.kk}`,
    ru: `${outlet.ru}; выпуск: ${union.ru}`,
    en: `${outlet.en}; production: ${union.en}`,
  },
  /** The Kazakh overview and the paper's Asia Auto figures. */
  informAndPaper: each((lang) => `${inform.outlet[lang]}; ${outlet[lang]}`),
} satisfies Record<string, Localized>;

/** Paragraphs of the Russian article that report the union's message; the rest is the paper's. */
const UNION_PARAGRAPHS = 2;

/** The credit line of one printed figure: a production figure from the union's message is the union's. */
export const creditOf = (source: { article: SourceId; paragraph: number }): Localized =>
  source.article === vv.id && source.paragraph <= UNION_PARAGRAPHS ? credits.unionViaPaper : sources[source.article].outlet;
