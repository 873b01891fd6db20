import type { Lang } from '../../../data/types.js';

/** The texts of one widget in each language; only that widget's bundle carries them. */
const en = {
  title: 'Where Kazakhstan assembles cars',
  subtitle: 'Assembly plants named in the sources, with the figures given for each',
  place: (name: string, city: string) => `${name}, ${city}`,
  summary: (count: number) => `Map of Kazakhstan with ${count} ${count === 1 ? 'place' : 'places'}.`,
  /** The map's own accessible name: a map of places, not a chart of values. */
  navigation: (count: number) =>
    `Map with ${count} ${count === 1 ? 'place' : 'places'}. Arrow keys move between them; Escape leaves.`,
  marker: 'Marker',
  boundary: 'Country outline: Natural Earth (public domain), simplified.',
  tableCaption: 'Places on the map',
  tablePlace: 'Place',
  tableFigures: 'Figures',
  source: 'inform.kz; KazAvtoProm via Vremya Vostoka',
};

export type PlantsMapMessages = typeof en;

const ru: PlantsMapMessages = {
  title: 'Где в Казахстане собирают автомобили',
  subtitle: 'Сборочные заводы, названные в источниках, и данные о каждом',
  place: (name, city) => `${name}, ${city}`,
  summary: (count) => `Карта Казахстана, отмечено мест: ${count}.`,
  navigation: (count) => `Карта, отмечено мест: ${count}. Стрелки переходят между ними, Escape — выход.`,
  marker: 'Метка',
  boundary: 'Контур страны: Natural Earth (общественное достояние), упрощён.',
  tableCaption: 'Места на карте',
  tablePlace: 'Место',
  tableFigures: 'Данные',
  source: 'inform.kz; «КазАвтоПром» через «Время Востока»',
};

const kk: PlantsMapMessages = {
  title: 'Қазақстанда автокөлік қай жерде құрастырылады',
  subtitle: 'Дереккөздерде аталған құрастыру зауыттары және әрқайсысы туралы деректер',
  place: (name, city) => `${name}, ${city}`,
  summary: (count) => `Қазақстан картасы, белгіленген орындар саны: ${count}.`,
  navigation: (count) =>
    `Карта, белгіленген орындар саны: ${count}. Олардың арасында көрсеткі пернелерімен жүріңіз, шығу үшін Escape пернесін басыңыз.`,
  marker: 'Белгі',
  boundary: 'Ел шекарасы: Natural Earth (қоғамдық игілік), жеңілдетілген.',
  tableCaption: 'Картадағы орындар',
  tablePlace: 'Орын',
  tableFigures: 'Деректер',
  source: 'inform.kz; «ҚазАвтоПром», «Время Востока» арқылы',
};

export const plantsMapMessages: Record<Lang, PlantsMapMessages> = { kk, ru, en };
