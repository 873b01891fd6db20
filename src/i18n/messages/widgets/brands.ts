import type { Lang } from '../../../data/types.js';
import { pick } from '../../ru-plural.js';

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  title: (brands: number, countries: number) =>
    `Cars of ${brands} ${brands === 1 ? 'brand' : 'brands'} from ${countries} ${countries === 1 ? 'country' : 'countries'} are assembled in Kazakhstan`,
  subtitle: 'Brands the source names as assembled in Kazakhstan, by country of origin',
  assembledAt: (plant: string) => `assembled at ${plant}`,
  plantNamed: 'Plant named in the source',
  plantUnknown: 'plant not named in the source',
  note: 'The source names the plant only for Lada (Asia Auto, from 2016); for the others it says “at these plants”.',
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
  subtitle: 'Марки, которые источник называет собираемыми в Казахстане, по стране происхождения',
  assembledAt: (plant) => `собирает ${plant}`,
  plantNamed: 'Завод назван в источнике',
  plantUnknown: 'завод в источнике не назван',
  note: 'Завод источник называет только для Lada («Азия Авто», с 2016 года); об остальных сказано «на этих предприятиях».',
  summary: (parts) => `Марки по стране происхождения. ${parts}.`,
  summaryPart: (country, list) => `${country}: ${list}`,
  tableCaption: 'Марки, собираемые в Казахстане',
  tableBrand: 'Марка',
  tableCountry: 'Страна происхождения',
  tablePlant: 'Завод',
  source: 'inform.kz',
};

const kk: BrandsMessages = {
  title: (brands, countries) => `Қазақстанда ${countries} елдің ${brands} маркасының автокөліктері құрастырылады`,
  subtitle: 'Дереккөз Қазақстанда құрастырылатын деп атаған маркалар, шыққан елі бойынша',
  assembledAt: (plant) => `${plant} құрастырады`,
  plantNamed: 'Зауыты дереккөзде аталған',
  plantUnknown: 'зауыты дереккөзде аталмаған',
  note: 'Дереккөз зауытты тек Lada үшін атайды («Азия Авто», 2016 жылдан); қалғандары туралы «осы кәсіпорындарда» делінген.',
  summary: (parts) => `Шыққан елі бойынша маркалар. ${parts}.`,
  summaryPart: (country, list) => `${country}: ${list}`,
  tableCaption: 'Қазақстанда құрастырылатын маркалар',
  tableBrand: 'Марка',
  tableCountry: 'Шыққан елі',
  tablePlant: 'Зауыт',
  source: 'inform.kz',
};

export const brandsMessages: Record<Lang, BrandsMessages> = { kk, ru, en };
