import type { Lang, Localized, SourceId } from './types.js';

export interface Source {
  id: SourceId;
  /** Language the article is written in. */
  lang: Lang;
  /** The outlet as credited at the end of the article. */
  outlet: Localized;
  /** Who the outlet cites for its figures, if anyone. */
  origin?: Localized;
  /** What the article reports on. */
  about: Localized;
}

/**
 * The two articles the dataset is read from. Provenance counts paragraphs separated by blank
 * lines and sentences ended by `.`, `!` or `?` (a closing `»` may follow) before white space and
 * a capital letter or an opening quote; both count from 1.
 */
export const sources: Record<SourceId, Source> = {
  'vremya-vostoka-2016': {
    id: 'vremya-vostoka-2016',
    lang: 'ru',
    outlet: { kk: '«Время Востока»', ru: '«Время Востока»', en: 'Vremya Vostoka' },
    origin: {
      kk: '«ҚазАвтоПром» автокөлік саласы кәсіпорындарының одағы',
      ru: 'Союз предприятий автомобильной отрасли «КазАвтоПром»',
      en: 'KazAvtoProm industry union',
    },
    about: {
      kk: '2016 жылғы қаңтар–қараша айларындағы автокөлік өндірісі',
      ru: 'Производство автомобилей в январе–ноябре 2016 года',
      en: 'Vehicle production in January–November 2016',
    },
  },
  'inform-kz-2016': {
    id: 'inform-kz-2016',
    lang: 'kk',
    outlet: { kk: 'inform.kz', ru: 'inform.kz', en: 'inform.kz' },
    about: {
      kk: 'Қазақстандағы автокөлік құрастыру ісі, 2010–2016',
      ru: 'Автосборка в Казахстане, 2010–2016',
      en: 'Vehicle assembly in Kazakhstan, 2010–2016',
    },
  },
};
