import type { Messages } from './en.js';
import { pick } from '../ru-plural.js';

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
  factLine: (label, value, period) => (period ? `${label}: ${value} (${period})` : `${label}: ${value}`),

  segments: {
    'passenger-cars': 'Легковые автомобили',
    trucks: 'Грузовые автомобили',
    buses: 'Автобусы',
    total: 'Вся техника',
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
    embedOwnData: 'Кода для вставки нет: данные графика задал скрипт страницы. Сохраните их в файл и укажите его адрес в src.',
    copyByHand: 'Копирование здесь заблокировано. Выделите код и скопируйте его:',
    saved: (file) => `Сохранён файл ${file}.`,
    failed: (what, reason) => `Не удалось создать файл (${what}): ${reason}`,
  },

  errors: {
    heading: 'Не удаётся показать график',
    unknownLang: (value, accepted, shown) =>
      `Язык ${value} не поддерживается. Допустимо: ${accepted}. Показано на языке: ${shown}.`,
    unsupportedScript: (value, language, script, shown) =>
      `Вариант ${value} (${language}, ${script}) не поддерживается. Показано: ${language}, ${shown}.`,
    unknownTheme: (value, accepted) => `Неизвестная тема ${value}. Допустимо: ${accepted}. Показана светлая.`,
    unknownMode: (value, accepted) => `Неизвестный режим ${value}. Допустимо: ${accepted}.`,
    unknownSegments: (values, accepted) => `Неизвестный вид техники ${values}. Допустимо: ${accepted}.`,
    noSegments: (accepted) => `Не выбран ни один вид техники. Укажите один или несколько из: ${accepted}.`,
    unknownAnnotations: (values, accepted) => `Неизвестная аннотация ${values}. Допустимо: ${accepted} или none.`,
    noFact: (example) => `Какой показатель показать? Укажите его id в атрибуте fact, например fact="${example}".`,
    unknownFact: (value, examples) => `Показателя с id ${value} нет. Примеры id: ${examples}.`,
    compareUnit: (fact, unit, other, otherUnit) =>
      `Нельзя сравнить ${fact} (${unit}) с ${other} (${otherUnit}): единицы измерения должны совпадать.`,
    compareMeaningless: (fact, other, reason) =>
      `Нельзя сравнить ${fact} с ${other}: ${
        reason === 'times' ? 'изменение в процентах между разами бессмысленно' : reason === 'range' ? 'у диапазона нет одного значения' : `${other} равен нулю`
      }. Сравнивают количества или суммы (в процентах) либо доли (в процентных пунктах).`,
    segmentsNotInData: (values) => `В данных нет строк для ${values}.`,
    badUrl: (value) => `src ${value} — не веб-адрес. Укажите URL файла JSON или CSV.`,
    fetchFailed: (url, reason) =>
      `Не удалось загрузить данные с ${url} (${reason}). Проверьте адрес и то, что сервер разрешает этой странице их читать (CORS).`,
    httpStatus: (url, status) => (status === 404 ? `Файл данных не найден по адресу ${url} (404).` : `Сервер ответил ${status} на запрос ${url}.`),
    timeout: (url, seconds) => `Данные с ${url} не пришли за ${seconds} с.`,
    notJson: (url, reason) => `Файл ${url} — не корректный JSON (${reason}). Нужны строки в JSON или файл CSV.`,
    credentials: (url) => `Адрес src ${url} содержит пароль. Уберите из адреса имя пользователя и пароль.`,
    tooBig: (url, megabytes) => `Файл ${url} больше ${megabytes}\u00a0МБ — слишком велик для графика. Загрузка остановлена.`,
    notUtf8: (url) => `Файл ${url} не в кодировке UTF-8. Сохраните его как «CSV UTF-8».`,
    htmlPage: (url) => `По адресу ${url} открывается не файл данных, а веб-страница (возможно, страница входа или ошибки).`,
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
      samePeriods: (value) => `те же периоды, что в строке 1 (${value})`,
      unique: 'значение, которое встречается один раз',
      columnSplit: (delimiter) => `столбец с таким названием (заголовок разделён по ${delimiter})`,
      delimiters: { ',': 'запятым', ';': 'точкам с запятой', '\t': 'знакам табуляции' },
      grouped: (suggest) => `число без запятых между разрядами: ${suggest}`,
      finite: '0 или число от 10⁻⁹ до 10¹⁵ по модулю',
    },
    unexpected: (message) => `При построении графика произошла ошибка: ${message}`,
  },
  languageNames: { kk: 'казахский', ru: 'русский', en: 'английский' },
  scriptNames: { Latn: 'латиница', Cyrl: 'кириллица', Arab: 'арабское письмо' },
};
