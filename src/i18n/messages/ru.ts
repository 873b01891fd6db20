import type { Messages } from './en.js';
import { pick, pickPrinted, pickPrintedGenitive, timesRu, upToTimesRu } from '../ru-plural.js';

export const ru: Messages = {
  months: [
    'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
    'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
  ],
  period: (months, year) => `${months} ${year}`,
  // Inside a sentence a month and year take «года»: «за январь–ноябрь 2016 года».
  periodInText: (period, kind) => (kind === 'months' ? `${period}\u00a0года` : period),
  scale: { thousand: 'тыс.', million: 'млн', billion: 'млрд' },
  money: (n, scale, currency) => {
    const amount = scale ? `${n}\u00a0${scale}` : n;
    // Words, not signs, in Russian: «61,5 млрд тенге», «7,4 млрд долларов», as in the articles.
    return `${amount}\u00a0${currency === 'USD' ? pickPrinted(amount, 'доллар', 'доллара', 'долларов') : 'тенге'}`;
  },
  source: (text) => `Источник: ${text}`,
  quote: (s) => `«${s}»`,
  // A full sentence follows, so a full stop: «Примечание. Значения 2015 года — оценки…».
  notePrefix: 'Примечание.',
  estimate: 'оценка',
  // The form agrees with the number as printed («≈12 981 единица»); a count in thousands is of cars.
  vehicles: (n, _count, cars) =>
    `${n}\u00a0${cars || /тыс\.$/.test(n) ? pickPrinted(n, 'автомобиль', 'автомобиля', 'автомобилей') : `${pickPrinted(n, 'единица', 'единицы', 'единиц')} техники`}`,
  vehiclesShort: (n) => (/тыс\.$/.test(n) ? `${n}\u00a0автомобилей` : `${n}\u00a0ед.`),
  percentagePoints: (n) => `${n}\u00a0${pickPrinted(n, 'процентный пункт', 'процентных пункта', 'процентных пунктов')}`,

  people: (n) => `${n}\u00a0${pickPrinted(n, 'человек', 'человека', 'человек')}`,
  brandCount: (n) => `${n}\u00a0${pickPrinted(n, 'марка', 'марки', 'марок')}`,
  times: (n) => timesRu(n),
  timesQualified: (qualifier, n) =>
    qualifier === 'up-to' ? upToTimesRu(n) : `${{ over: 'более чем', almost: 'почти', about: 'примерно' }[qualifier]} ${timesRu(n)}`,
  qualified: (qualifier, amount, noun) =>
    `${{ over: 'более', almost: 'почти', about: 'около', 'up-to': 'до' }[qualifier]} ${amount}${noun ? `\u00a0${noun}` : ''}`,
  // «Почти» leaves the case alone («почти 174 единицы»); «более», «около», «до» take the genitive
  // («более 10 тыс. автомобилей», «около 21 человека»).
  nouns: {
    vehicles: (n, qualifier, cars) =>
      cars || /тыс\.$/.test(n)
        ? qualifier === 'almost'
          ? pickPrinted(n, 'автомобиль', 'автомобиля', 'автомобилей')
          : pickPrintedGenitive(n, 'автомобиля', 'автомобилей')
        : `${qualifier === 'almost' ? pickPrinted(n, 'единица', 'единицы', 'единиц') : pickPrintedGenitive(n, 'единицы', 'единиц')} техники`,
    people: (n, qualifier) => (qualifier === 'almost' ? pickPrinted(n, 'человек', 'человека', 'человек') : pickPrintedGenitive(n, 'человека', 'человек')),
    brands: (n, qualifier) => (qualifier === 'almost' ? pickPrinted(n, 'марка', 'марки', 'марок') : pickPrintedGenitive(n, 'марки', 'марок')),
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
    computed: 'Точный расчёт по опубликованным данным',
    navigation: (count) =>
      count === 1
        ? 'График: 1\u00a0значение. Escape — выход из графика.'
        : `График: ${count}\u00a0${pick(count, 'значение', 'значения', 'значений')}. Стрелки — переход между ними, Escape — выход из графика.`,
    // The period closes a sentence, so months and year take «года»: «…, январь–ноябрь 2015 года.»
    announce: (name, period, status) =>
      period ? `${name}, ${period.replace(/^([а-яё]+(?:–[а-яё]+)?) (\d{4})$/, '$1 $2\u00a0года')}. ${status}.` : `${name}. ${status}.`,
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
        reason === 'times' ? 'изменение кратности в процентах не имеет смысла' : reason === 'range' ? 'у диапазона нет одного значения' : `${other} равен нулю`
      }. В процентах сравнивают количества и суммы, в процентных пунктах — доли.`,
    segmentsNotInData: (values) => `В данных нет строк для ${values}.`,
    badUrl: (value) => `Значение src ${value} — не веб-адрес. Укажите URL файла JSON или CSV.`,
    fetchFailed: (url, reason) =>
      `Не удалось загрузить данные с ${url} (${reason}). Проверьте адрес и то, что сервер разрешает этой странице их читать (CORS).`,
    httpStatus: (url, status) => (status === 404 ? `Файл данных не найден по адресу ${url} (404).` : `Сервер ответил кодом ${status} на запрос ${url}.`),
    timeout: (url, seconds) => `Данные с ${url} не пришли за ${seconds}\u00a0с.`,
    notJson: (url, reason) => `Файл ${url} — некорректный JSON (${reason}). Нужны строки в JSON или файл CSV.`,
    credentials: (url) => `Адрес src ${url} содержит пароль. Уберите из адреса имя пользователя и пароль.`,
    tooBig: (url, megabytes) => `Файл ${url} больше ${megabytes}\u00a0МБ — слишком велик для графика. Загрузка остановлена.`,
    notUtf8: (url) => `Файл ${url} не в кодировке UTF-8. Сохраните его как «CSV UTF-8».`,
    htmlPage: (url) => `По адресу ${url} открывается не файл данных, а веб-страница (возможно, страница входа или ошибки).`,
    dataIntro: (origin, count) =>
      `${origin === 'src' ? 'В файле данных' : 'В свойстве data'} ${pick(count, 'найдена', 'найдены', 'найдено')} ${count} ${pick(count, 'ошибка', 'ошибки', 'ошибок')}:`,
    at: (row, field) => (row === 0 ? (field === '(data)' ? 'Данные' : `Столбец «${field}»`) : `Строка ${row}, «${field}»`),
    // «Требуется» agrees with any noun that follows («требуется число», «…доля», «…список»).
    cell: (where, expected, found) => `${where}: требуется ${expected}, найдено ${found}.`,
    more: (count) => `…и ещё ${count}.`,
    expected: {
      number: 'число',
      count: 'число не меньше нуля (количество не бывает отрицательным)',
      share: 'доля от 0 до 100\u00a0%',
      latitude: 'широта от −90 до 90',
      longitude: 'долгота от −180 до 180',
      period: 'месяц в виде ГГГГ-ММ или год в виде ГГГГ',
      boolean: 'true или false',
      text: 'текст',
      oneOf: (values) => `одно из: ${values}`,
      column: 'столбец с таким названием',
      rows: 'хотя бы одна строка (таблица пуста)',
      table: 'список строк или объект со списком «rows»',
      rowObject: 'строка с именованными полями',
      version: (v) => `версия схемы ${v}`,
      rowWith: (value) => `строка для ${value}`,
      atMostRows: (max) => `не больше ${max} строк`,
      sameUnit: (unit) => `та же единица, что в строке 1 (${unit})`,
      samePeriods: (value) => `тот же набор периодов, что в строке 1 (${value})`,
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
