import type { Lang } from '../../../data/types.js';
import { pick } from '../../ru-plural.js';
import { credits } from '../../credits.js';

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  title: 'Where Kazakhstan assembles cars',
  subtitle: 'Assembly plants named in the sources, with the figures given for each',
  /** When some figures are given for a plant's city rather than the plant. */
  subtitleWithCity: 'Assembly plants named in the sources, with the figures given for each plant or for its city',
  cityFigures: (city: string) => `${city} as a whole, not this plant alone:`,
  place: (name: string, city: string) => `${name}, ${city}`,
  summary: (count: number, list: string) => `Map of Kazakhstan with ${count} ${count === 1 ? 'place' : 'places'}. ${list}.`,
  marker: 'Marker',
  boundary: 'Country outline: Natural Earth (public domain), simplified.',
  tableCaption: 'Places on the map',
  tablePlace: 'Place',
  tableFigures: 'Figures',
  source: credits.informAndPaper.en,
};

export type PlantsMapMessages = typeof en;

const ru: PlantsMapMessages = {
  title: 'Где в Казахстане собирают автомобили',
  subtitle: 'Сборочные заводы, названные в источниках, и данные о каждом',
  subtitleWithCity: 'Сборочные заводы, названные в источниках, и данные о каждом заводе или о его городе',
  cityFigures: (city) => `${city} в целом, не только этот завод:`,
  place: (name, city) => `${name}, ${city}`,
  summary: (count, list) => `Карта Казахстана: ${count}\u00a0${pick(count, 'место', 'места', 'мест')}. ${list}.`,
  marker: 'Метка',
  boundary: 'Контур страны: Natural Earth (общественное достояние), упрощён.',
  tableCaption: 'Места на карте',
  tablePlace: 'Место',
  tableFigures: 'Данные',
  source: credits.informAndPaper.ru,
};

const kk: PlantsMapMessages = {
  title: 'Қазақстанда автокөлік қай жерде құрастырылады',
  subtitle: 'Дереккөздерде аталған құрастыру зауыттары және әрқайсысы туралы деректер',
  subtitleWithCity: 'Дереккөздерде аталған құрастыру зауыттары және әр зауыт не ол тұрған қала туралы деректер',
  cityFigures: (city) => `${city} қаласы бойынша, тек осы зауыт емес:`,
  place: (name, city) => `${name}, ${city}`,
  summary: (count, list) => `Қазақстан картасы, белгіленген орындар саны: ${count}. ${list}.`,
  marker: 'Белгі',
  boundary: 'Ел шекарасы: Natural Earth (қоғамдық игілік), жеңілдетілген.',
  tableCaption: 'Картадағы орындар',
  tablePlace: 'Орын',
  tableFigures: 'Деректер',
  source: credits.informAndPaper.kk,
};

export const plantsMapMessages: Record<Lang, PlantsMapMessages> = { kk, ru, en };
