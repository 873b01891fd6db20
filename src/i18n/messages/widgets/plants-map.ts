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
  summary: (count: number) => `Map of Kazakhstan with ${count} ${count === 1 ? 'place' : 'places'}.`,
  /** The map's own accessible name: a map of places, not a chart of values. */
  navigation: (count: number) =>
    `Map with ${count} ${count === 1 ? 'place' : 'places'}. Arrow keys move between them; Escape leaves.`,
  marker: 'Marker',
  /** Cities drawn for orientation only. */
  references: { astana: 'Astana', almaty: 'Almaty' },
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
  summary: (count) => `Карта Казахстана: ${count}\u00a0${pick(count, 'место', 'места', 'мест')}.`,
  navigation: (count) =>
    count === 1
      ? 'Карта: 1\u00a0место. Escape — выход из карты.'
      : `Карта: ${count}\u00a0${pick(count, 'место', 'места', 'мест')}. Стрелки — переход между ними, Escape — выход из карты.`,
  marker: 'Метка',
  references: { astana: 'Астана', almaty: 'Алматы' },
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
  summary: (count) => `Қазақстан картасы, белгіленген орындар саны: ${count}.`,
  navigation: (count) =>
    `Карта, белгіленген орындар саны: ${count}. Олардың арасында көрсеткі пернелерімен ауысыңыз, шығу үшін Escape пернесін басыңыз.`,
  marker: 'Белгі',
  references: { astana: 'Астана', almaty: 'Алматы' },
  boundary: 'Ел шекарасы: Natural Earth (қоғамдық игілік), жеңілдетілген.',
  tableCaption: 'Картадағы орындар',
  tablePlace: 'Орын',
  tableFigures: 'Деректер',
  source: credits.informAndPaper.kk,
};

export const plantsMapMessages: Record<Lang, PlantsMapMessages> = { kk, ru, en };
