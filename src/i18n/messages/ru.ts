import type { Messages } from './en.js';

const plural = new Intl.PluralRules('ru');
/** Picks the Russian noun form for a count: one (1, 21), few (2–4, 22–24), many (5–20, 25…). */
const pick = (count: number, one: string, few: string, many: string) => {
  if (!Number.isInteger(count)) return few;
  const rule = plural.select(count);
  return rule === 'one' ? one : rule === 'few' ? few : many;
};

export const ru: Messages = {
  months: [
    'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
    'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
  ],
  period: (months, year) => `${months} ${year}`,
  scale: { thousand: 'тыс.', million: 'млн', billion: 'млрд' },
  money: (n, scale, currency) => `${n}${scale ? `\u00a0${scale}` : ''}\u00a0${currency === 'USD' ? '$' : '₸'}`,
  source: (text) => `Источник: ${text}`,
  quote: (s) => `«${s}»`,
  notePrefix: 'Примечание:',
  estimate: 'оценка',
  vehicles: (n, count) => `${n} ${pick(count, 'единица', 'единицы', 'единиц')} техники`,
  percentagePoints: (n, count) => `${n} ${pick(count, 'процентный пункт', 'процентных пункта', 'процентных пунктов')}`,

  segments: {
    'passenger-cars': 'Легковые автомобили',
    trucks: 'Грузовые автомобили',
    buses: 'Автобусы',
    total: 'Вся техника',
  },

  yoy: {
    titleChange: (output, n, change) =>
      `${output} ${change < 0 ? 'сократился' : 'вырос'} сильнее всего — на ${n}\u00a0%`,
    titleOne: (output, n, change) => `${output} ${change < 0 ? 'сократился' : 'вырос'} на ${n}\u00a0%`,
    output: {
      'passenger-cars': 'Выпуск легковых автомобилей',
      trucks: 'Выпуск грузовых автомобилей',
      buses: 'Выпуск автобусов',
    },
    title: (n, change) =>
      change < 0
        ? `Выпуск автомобилей в Казахстане сократился на ${n}\u00a0%`
        : `Выпуск автомобилей в Казахстане вырос на ${n}\u00a0%`,
    subtitleUnits: (period, previousYear) =>
      `Выпуск по видам техники за ${period} года и те же месяцы ${previousYear} года, единиц`,
    subtitleChange: (period, previousYear) =>
      `Изменение выпуска по видам техники за ${period} года к тем же месяцам ${previousYear} года, %`,
    headline: (total, signedPct) => `Всего ${total}, ${signedPct} к прошлому году`,
    year: (year) => year,
    yearEstimate: (year) => `${year} (оценка)`,
    note: (year) =>
      `Значения ${year} года — оценки, рассчитанные по опубликованным данным и их изменению за год.`,
    source: 'Союз предприятий автомобильной отрасли «КазАвтоПром», «Время Востока»',
    summaryUnits: (months, year, total, n, change, parts) =>
      `Линейчатая диаграмма. За ${months} ${year} года в Казахстане выпущено ${total}, на ${n}\u00a0% ${change < 0 ? 'меньше' : 'больше'}, чем годом ранее. ${parts}.`,
    summaryChange: (months, year, parts) =>
      `Линейчатая диаграмма изменения выпуска к прошлому году, ${months} ${year} года. ${parts}.`,
    summaryPart: (segment, value, signedPct) => `${segment}: ${value} (${signedPct})`,
    summaryChangePart: (segment, signedPct) => `${segment}: ${signedPct}`,
    tableCaption: (period) => `Выпуск автомобилей по видам, ${period}, единиц`,
    tableType: 'Вид техники',
    tableChange: 'Изменение, %',
  },

  plantShare: {
    title: (from, to, change) =>
      `Доля казахстанских автомобилей в официальных продажах ${change >= 0 ? 'выросла' : 'снизилась'} с ${from} до ${to}\u00a0%`,
    subtitle: (first, last) =>
      `Доля автомобилей казахстанской сборки в официальных продажах, ${first} и ${last}, %`,
    plants: (list) => `Сборочные заводы, названные в источнике: ${list}.`,
    plant: (name, city) => `${name} (${city})`,
    local: 'Собраны в Казахстане',
    other: 'Прочие автомобили',
    change: (signedPp) => `${signedPp} за год`,
    source: 'inform.kz',
    summary: (first, a, last, b, signedPp) =>
      `Две полосы по 100\u00a0%. Доля автомобилей казахстанской сборки в официальных продажах: ${first} — ${a}; ${last} — ${b}; изменение — ${signedPp}.`,
    tableCaption: 'Доля автомобилей казахстанской сборки в официальных продажах',
    tableMonth: 'Месяц',
    tableLocal: 'Собраны в Казахстане, %',
    tableOther: 'Прочие автомобили, %',
  },

  table: { show: 'Показать таблицу', hide: 'Скрыть таблицу' },
  marks: {
    change: 'изменение к прошлому году',
    reported: 'По данным источника',
    estimate: 'Оценка, рассчитанная по опубликованным данным',
    navigation: (count) => `График, значений: ${count}. Стрелки переходят между ними, Escape — выход.`,
    announce: (name, period, status) => `${name}, ${period}. ${status}.`,
  },

  menu: {
    button: 'Скачать',
    label: (title) => `Скачать или поделиться: ${title}`,
    svg: 'График в SVG',
    png: 'График в PNG',
    csv: 'Данные в CSV',
    embed: 'Копировать код для вставки',
    copied: 'Код для вставки скопирован.',
    copyByHand: 'Копирование здесь заблокировано. Выделите код и скопируйте его:',
    saved: (file) => `Сохранён файл ${file}.`,
    failed: (what, reason) => `Не удалось создать файл (${what}): ${reason}`,
  },

  errors: {
    heading: 'Не удаётся показать график',
    unknownLang: (value, accepted, shown) =>
      `Язык ${value} не поддерживается. Допустимо: ${accepted}. Показано на языке: ${shown}.`,
    unknownTheme: (value, accepted) => `Неизвестная тема ${value}. Допустимо: ${accepted}. Показана светлая.`,
    unknownMode: (value, accepted) => `Неизвестный режим ${value}. Допустимо: ${accepted}.`,
    unknownSegments: (values, accepted) => `Неизвестный вид техники ${values}. Допустимо: ${accepted}.`,
    noSegments: (accepted) => `Не выбран ни один вид техники. Укажите один или несколько из: ${accepted}.`,
    unexpected: (message) => `При построении графика произошла ошибка: ${message}`,
  },
  languageNames: { kk: 'казахский', ru: 'русский', en: 'английский' },
};
