import type { Lang } from '../../../data/types.js';
import { pick } from '../../ru-plural.js';

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  title: (brands: number, countries: number) =>
    `Cars of ${brands} ${brands === 1 ? 'brand' : 'brands'} from ${countries} ${countries === 1 ? 'country' : 'countries'} are assembled in Kazakhstan`,
  /** The bundled list: examples the article gives, not every brand; Iveco builds trucks, so "vehicles". */
  titleExamples: (brands: number, countries: number) =>
    `Vehicles of ${brands} ${brands === 1 ? 'brand' : 'brands'} from ${countries} ${countries === 1 ? 'country' : 'countries'} are among those assembled in Kazakhstan`,
  subtitle: 'Brands the source names as assembled in Kazakhstan, by country of origin',
  subtitleExamples: 'Brands the source gives as examples of those assembled in Kazakhstan, by country of origin',
  assembledAt: (plant: string) => `assembled at ${plant}`,
  plannedAt: (plant: string) => `${plant} said it would start assembling it`,
  plannedCell: (plant: string) => `${plant} (planned)`,
  plantNamed: 'Plant named in the source',
  plantPlanned: 'Plant named in the source, as a plan',
  plantUnknown: 'plant not named in the source',
  note: 'The article gives these brands as examples (“among them”), not as a full list. It names a plant only for Lada: Asia Auto said it would start building Lada models in 2016.',
  summary: (parts: string) => `Brands by country of origin. ${parts}.`,
  summaryPart: (country: string, list: string) => `${country}: ${list}`,
  tableCaption: 'Brands assembled in Kazakhstan',
  tableBrand: 'Brand',
  tableCountry: 'Country of origin',
  tablePlant: 'Plant',
  source: 'inform.kz',
};

export type BrandsMessages = typeof en;

const ru: BrandsMessages = {
  title: (brands, countries) =>
    `В Казахстане собирают автомобили ${brands} ${pick(brands, 'марки', 'марок', 'марок')} из ${countries} ${pick(countries, 'страны', 'стран', 'стран')}`,
  titleExamples: (brands, countries) =>
    `В Казахстане собирают в том числе машины ${brands} ${pick(brands, 'марки', 'марок', 'марок')} из ${countries} ${pick(countries, 'страны', 'стран', 'стран')}`,
  subtitle: 'Марки, которые источник называет собираемыми в Казахстане, по стране происхождения',
  subtitleExamples: 'Марки, которые источник приводит в пример среди собираемых в Казахстане, по стране происхождения',
  assembledAt: (plant) => `собирает ${plant}`,
  plannedAt: (plant) => `сборку планирует ${plant}`,
  plannedCell: (plant) => `${plant} (в планах)`,
  plantNamed: 'Завод назван в источнике',
  plantPlanned: 'Завод назван в источнике как план',
  plantUnknown: 'завод в источнике не назван',
  note: 'Статья приводит эти марки как примеры («в их числе»), а не полный список. Завод назван только для Lada: «Азия Авто» сообщала, что начнёт выпуск моделей Lada в 2016 году.',
  summary: (parts) => `Марки по стране происхождения. ${parts}.`,
  summaryPart: (country, list) => `${country}: ${list}`,
  tableCaption: 'Марки, собираемые в Казахстане',
  tableBrand: 'Марка',
  tableCountry: 'Страна происхождения',
  tablePlant: 'Завод',
  source: 'inform.kz',
};

const kk: BrandsMessages = {
  title: (brands, countries) => `Қазақстанда ${countries}\u00a0елдің ${brands}\u00a0маркасының автокөліктері құрастырылады`,
  titleExamples: (brands, countries) => `Мысалы, Қазақстанда ${countries}\u00a0елдің ${brands}\u00a0маркасы құрастырылады`,
  subtitle: 'Дереккөз Қазақстанда құрастырылатын деп атаған маркалар, шыққан елі бойынша',
  subtitleExamples: 'Дереккөз мысал ретінде атаған, Қазақстанда құрастырылатын маркалар, шыққан елі бойынша',
  assembledAt: (plant) => `${plant} құрастырады`,
  plannedAt: (plant) => `${plant} құрастыруды жоспарлап отыр`,
  plannedCell: (plant) => `${plant} (жоспарда)`,
  plantNamed: 'Зауыты дереккөзде аталған',
  plantPlanned: 'Зауыты дереккөзде жоспар ретінде аталған',
  plantUnknown: 'зауыты дереккөзде аталмаған',
  note: 'Мақала бұл маркаларды толық тізім ретінде емес, мысал ретінде атайды («атауға болады»). Зауыт тек Lada үшін аталған: «Азия Авто» 2016\u00a0жылдан бастап Lada модельдерін шығаруды қолға алатынын айтқан.',
  summary: (parts) => `Шыққан елі бойынша маркалар. ${parts}.`,
  summaryPart: (country, list) => `${country}: ${list}`,
  tableCaption: 'Қазақстанда құрастырылатын маркалар',
  tableBrand: 'Марка',
  tableCountry: 'Шыққан елі',
  tablePlant: 'Зауыт',
  source: 'inform.kz',
};

export const brandsMessages: Record<Lang, BrandsMessages> = { kk, ru, en };
