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

  people: (n, count) => `${n} ${pick(count, 'человек', 'человека', 'человек')}`,
  brandCount: (n, count) => `${n} ${pick(count, 'марка', 'марки', 'марок')}`,
  times: (n) => `в\u00a0${n} раза`,
  qualified: (qualifier, amount, noun) =>
    qualifier === 'up-to' && amount.startsWith('в\u00a0')
      ? `до ${amount.replace(/^в\u00a0/, '').replace(/ раза?$/, '')} раз`
      : `${{ over: 'более', almost: 'почти', about: 'около', 'up-to': 'до' }[qualifier]} ${amount}${noun ? ` ${noun}` : ''}`,
  // After "более", "почти", "около", "до" Russian takes the genitive: "более 10 тысяч единиц".
  nouns: {
    vehicles: (count) => `${pick(count, 'единицы', 'единиц', 'единиц')} техники`,
    people: () => 'человек',
    brands: (count) => pick(count, 'марки', 'марок', 'марок'),
  },
  range: (from, to) => `${from}–${to}`,

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

  dealerSales: {
    series: { 'dealer-sales': 'Продажи официальных дилеров', 'passenger-production': 'Выпуск в Казахстане' },
    title: (sales, salesChange, production, productionChange) =>
      production === undefined
        ? `Продажи легковых автомобилей у дилеров ${salesChange < 0 ? 'упали' : 'выросли'} на ${sales}\u00a0%`
        : `Продажи легковых автомобилей у дилеров ${salesChange < 0 ? 'упали' : 'выросли'} на ${sales}\u00a0%, выпуск — ${productionChange! < 0 ? 'сократился' : 'вырос'} на ${production}\u00a0%`,
    subtitle: (period, previousYear) =>
      `Легковые автомобили, проданные официальными дилерами и выпущенные в Казахстане, ${period}, в сравнении с теми же месяцами ${previousYear} года`,
    summary: (parts) => `Столбчатая диаграмма. ${parts}.`,
    summaryPart: (series, previous, previousYear, current, year, signedPct) =>
      `${series}: ${previous} в ${previousYear} году, ${current} в ${year} году (${signedPct})`,
    tableCaption: (period) => `Продажи и выпуск легковых автомобилей, ${period}`,
    tableSeries: 'Показатель',
  },

  outputValue: {
    titleRise: (ratio, from, to) => `Объём производства автомобилей в деньгах вырос в ${ratio} раз с ${from} по ${to} год`,
    titleFall: (from, to) => `Объём производства автомобилей в деньгах сократился с ${from} по ${to} год`,
    subtitle: (periods) => `Стоимость автомобилей, произведённых в Казахстане, ${periods}`,
    series: 'Объём производства',
    alsoPrefix: 'Также в источнике:',
    summary: (parts) => `Столбчатая диаграмма стоимости выпущенных автомобилей. ${parts}.`,
    summaryPart: (period, value) => `${period}: ${value}`,
    tableCaption: 'Стоимость выпущенных автомобилей',
    tablePeriod: 'Период',
    tableValue: 'Стоимость',
    source: 'inform.kz',
  },

  recovery: {
    titleEased: (from, to, year) => `Спад производства автомобилей в ${year} году замедлился с ${from} до ${to}\u00a0%`,
    titleDeepened: (from, to) => `Спад производства автомобилей углубился с ${from} до ${to}\u00a0%`,
    titleChange: (signedPct) => `Производство автомобилей изменилось на ${signedPct} к прошлому году`,
    subtitle: 'Изменение выпуска техники с начала года к тем же месяцам прошлого года, %',
    sector: 'Все производители',
    plantHeadline: (name, vehicles, period, signedPct) =>
      vehicles ? `${name}: ${vehicles} за ${period}, ${signedPct} к прошлому году` : `${name}: ${signedPct} за ${period} к прошлому году`,
    summary: (parts) => `Столбчатая диаграмма изменения выпуска техники к прошлому году. ${parts}.`,
    summaryPart: (period, signedPct) => `${period}: ${signedPct}`,
    tableCaption: 'Изменение выпуска техники к прошлому году, %',
    tablePeriod: 'Месяцы',
    tableWho: 'Производитель',
    tableChange: 'Изменение, %',
  },

  plantsMap: {
    title: 'Где в Казахстане собирают автомобили',
    subtitle: 'Сборочные заводы, названные в источниках, и данные о каждом',
    place: (name, city) => `${name}, ${city}`,
    figure: (label, value, period) => (period ? `${label}: ${value} (${period})` : `${label}: ${value}`),
    summary: (count, list) => `Карта Казахстана, отмечено мест: ${count}. ${list}.`,
    marker: 'Метка',
    boundary: 'Контур страны: Natural Earth (общественное достояние), упрощён.',
    tableCaption: 'Места на карте',
    tablePlace: 'Место',
    tableFigures: 'Данные',
    source: 'inform.kz; «КазАвтоПром» через «Время Востока»',
  },

  brands: {
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
  },

  fact: {
    estimate: 'Оценка, рассчитанная по опубликованным данным',
    compare: (change, other, period) => (period ? `${change} к ${other} за ${period}` : `${change} к ${other}`),
    summary: (label, value, period) => (period ? `${label}, ${period}: ${value}.` : `${label}: ${value}.`),
    tableCaption: 'Показатель',
    tableFigure: 'Показатель',
    tableValue: 'Значение',
    tablePeriod: 'Период',
  },

  data: {
    loading: 'Загрузка данных…',
  },

  table: { show: 'Показать таблицу', hide: 'Скрыть таблицу' },
  marks: {
    change: 'изменение к прошлому году',
    reported: 'По данным источника',
    estimate: 'Оценка, рассчитанная по опубликованным данным',
    navigation: (count) => `График, значений: ${count}. Стрелки переходят между ними, Escape — выход.`,
    announce: (name, period, status) => (period ? `${name}, ${period}. ${status}.` : `${name}. ${status}.`),
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
    unknownAnnotations: (values, accepted) => `Неизвестная аннотация ${values}. Допустимо: ${accepted} или none.`,
    noFact: (example) => `Какой показатель показать? Укажите его id в атрибуте fact, например fact="${example}".`,
    unknownFact: (value, examples) => `Показателя с id ${value} нет. Примеры id: ${examples}.`,
    compareUnit: (fact, unit, other, otherUnit) =>
      `Нельзя сравнить ${fact} (${unit}) с ${other} (${otherUnit}): единицы измерения должны совпадать.`,
    segmentsNotInData: (values) => `В данных нет строк для ${values}.`,
    badUrl: (value) => `src ${value} — не веб-адрес. Укажите URL файла JSON или CSV.`,
    fetchFailed: (url, reason) =>
      `Не удалось загрузить данные с ${url} (${reason}). Проверьте адрес и то, что сервер разрешает этой странице их читать (CORS).`,
    httpStatus: (url, status) => (status === 404 ? `Файл данных не найден по адресу ${url} (404).` : `Сервер ответил ${status} на запрос ${url}.`),
    timeout: (url, seconds) => `Данные с ${url} не пришли за ${seconds} с.`,
    notJson: (url, reason) => `Файл ${url} — не корректный JSON (${reason}). Нужны строки в JSON или файл CSV.`,
    dataIntro: (origin, count) =>
      `${origin === 'src' ? 'В файле данных' : 'В свойстве data'} ${pick(count, 'найдена', 'найдены', 'найдено')} ${count} ${pick(count, 'ошибка', 'ошибки', 'ошибок')}:`,
    at: (row, field) => (row === 0 ? (field === '(data)' ? 'Данные' : `Столбец «${field}»`) : `Строка ${row}, «${field}»`),
    cell: (where, expected, found) => `${where}: ожидалось ${expected}, найдено ${found}.`,
    more: (count) => `…и ещё ${count}.`,
    expected: {
      number: 'число',
      count: 'число не меньше нуля (количество не бывает отрицательным)',
      share: 'доля от 0 до 100 %',
      latitude: 'широта от -90 до 90',
      longitude: 'долгота от -180 до 180',
      period: 'месяц в виде ГГГГ-ММ или год в виде ГГГГ',
      boolean: 'true или false',
      text: 'текст',
      oneOf: (values) => `одно из: ${values}`,
      column: 'столбец с таким названием',
      rows: 'хотя бы одна строка (таблица пуста)',
      table: 'список строк или объект со списком "rows"',
      rowObject: 'строка с именованными полями',
      version: (v) => `версия схемы ${v}`,
      rowWith: (value) => `строка для ${value}`,
      atMostRows: (max) => `не больше ${max} строк`,
      sameUnit: (unit) => `та же единица, что в строке 1 (${unit})`,
      factId: 'id показателя',
      samePeriods: (value) => `те же периоды, что в строке 1 (${value})`,
      unique: 'значение, которое встречается один раз',
    },
    unexpected: (message) => `При построении графика произошла ошибка: ${message}`,
  },
  languageNames: { kk: 'казахский', ru: 'русский', en: 'английский' },
};
