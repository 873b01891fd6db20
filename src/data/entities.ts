import type { Localized, Provenance } from './types.js';

/** An assembly plant the articles name. */
export interface Plant {
  id: 'asia-auto' | 'saryarka-avtoprom';
  name: Localized;
  city: Localized;
  sources: Provenance[];
}

/** A brand the Kazakh article lists as assembled in Kazakhstan, with its country of origin. */
export interface Brand {
  id: string;
  name: Localized;
  country: Localized;
  source: Provenance;
}

export const plants: readonly Plant[] = [
  {
    id: 'asia-auto',
    name: { kk: '«Азия Авто»', ru: '«Азия Авто»', en: 'Asia Auto' },
    city: { kk: 'Өскемен', ru: 'Усть-Каменогорск', en: 'Oskemen (Ust-Kamenogorsk)' },
    sources: [
      { article: 'inform-kz-2016', paragraph: 1, sentence: 2, printed: 'Өскемендегі «Азия-Авто»' },
      { article: 'vremya-vostoka-2016', paragraph: 4, sentence: 3, printed: '«АЗИЯ АВТО» в Усть-Каменогорске' },
    ],
  },
  {
    id: 'saryarka-avtoprom',
    name: { kk: '«СарыарқаАвтоПром»', ru: '«СарыаркаАвтоПром»', en: 'SaryarkaAvtoProm' },
    city: { kk: 'Қостанай', ru: 'Костанай', en: 'Kostanay' },
    sources: [
      { article: 'inform-kz-2016', paragraph: 1, sentence: 2, printed: 'Қостанайдағы «Сарыарқа АвтоПром»' },
    ],
  },
];

const brandSource = (printed: string): Provenance => ({
  article: 'inform-kz-2016',
  paragraph: 1,
  sentence: 4,
  printed,
});
const korea: Localized = { kk: 'Оңтүстік Корея', ru: 'Южная Корея', en: 'South Korea' };

export const brands: readonly Brand[] = [
  { id: 'hyundai', name: { kk: 'Hyundai', ru: 'Hyundai', en: 'Hyundai' }, country: korea, source: brandSource('«Хюндай»') },
  { id: 'kia', name: { kk: 'KIA', ru: 'KIA', en: 'KIA' }, country: korea, source: brandSource('«КИА»') },
  { id: 'ssangyong', name: { kk: 'SsangYong', ru: 'SsangYong', en: 'SsangYong' }, country: korea, source: brandSource('«Сан Енг»') },
  {
    id: 'peugeot',
    name: { kk: 'Peugeot', ru: 'Peugeot', en: 'Peugeot' },
    country: { kk: 'Франция', ru: 'Франция', en: 'France' },
    source: brandSource('«Пежо»'),
  },
  {
    id: 'skoda',
    name: { kk: 'Škoda', ru: 'Škoda', en: 'Škoda' },
    country: { kk: 'Чехия', ru: 'Чехия', en: 'Czech Republic' },
    source: brandSource('«Шкода»'),
  },
  {
    id: 'iveco',
    name: { kk: 'Iveco', ru: 'Iveco', en: 'Iveco' },
    country: { kk: 'Италия', ru: 'Италия', en: 'Italy' },
    source: brandSource('«Ивеко»'),
  },
  {
    id: 'lada',
    name: { kk: 'Lada', ru: 'Lada', en: 'Lada' },
    country: { kk: 'Ресей', ru: 'Россия', en: 'Russia' },
    source: brandSource('«Лада»'),
  },
];
