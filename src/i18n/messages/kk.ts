import type { Messages } from './en.js';
import { ablative, dative } from '../kk-case.js';

// Kazakh nouns stay singular after a numeral ("10 125 автокөлік"), so no plural forms are needed;
// case endings attach to the spelled-out word "пайыз" rather than to the % sign.
export const kk: Messages = {
  months: [
    'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
    'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
  ],
  // «2016 жылғы қаңтар–қараша»: the year first, as an attribute of the months, and never split from it.
  period: (months, year) => `${year}\u00a0жылғы ${months}`,
  scale: { thousand: 'мың', million: 'млн', billion: 'млрд' },
  money: (n, scale, currency) => `${n}${scale ? `\u00a0${scale}` : ''}\u00a0${currency === 'USD' ? 'доллар' : 'теңге'}`,
  source: (text) => `Дереккөз: ${text}`,
  quote: (s) => `«${s}»`,
  notePrefix: 'Ескертпе:',
  estimate: 'бағалау',
  vehicles: (n) => `${n}\u00a0автокөлік`,
  percentagePoints: (n) => `${n}\u00a0пайыздық пункт`,

  people: (n) => `${n}\u00a0адам`,
  brandCount: (n) => `${n}\u00a0марка`,
  times: (n) => `${n}\u00a0есе`,
  // Kazakh hedges after the amount, with a case ending on its last word:
  // "10 мыңнан астам автокөлік", "31 млрд теңгеге жуық", "18 мыңдай адам", "4 есеге дейін".
  qualified: (qualifier, amount, noun) => {
    const hedged = {
      over: `${ablative(amount)} астам`,
      almost: `${dative(amount)} жуық`,
      about: `шамамен ${amount}`,
      'up-to': `${dative(amount)} дейін`,
    }[qualifier];
    return noun ? `${hedged} ${noun}` : hedged;
  },
  nouns: { vehicles: () => 'автокөлік', people: () => 'адам', brands: () => 'марка' },
  range: (from, to) => `${from}–${to}`,
  factLine: (label, value, period) => (period ? `${label}: ${value} (${period})` : `${label}: ${value}`),

  segments: {
    'passenger-cars': 'Жеңіл автокөліктер',
    trucks: 'Жүк автокөліктері',
    buses: 'Автобустар',
    total: 'Барлық техника',
  },









  data: {
    loading: 'Деректер жүктелуде…',
  },

  table: { show: 'Кестені көрсету', hide: 'Кестені жасыру' },
  marks: {
    change: 'бір жыл бұрынғыға қарағанда өзгеріс',
    reported: 'Дереккөз деректері бойынша',
    estimate: 'Жарияланған деректерден есептелген бағалау',
    computed: 'Жарияланған деректерден дәл есептелген',
    navigation: (count) => `Диаграмма, мәндер саны: ${count}. Мәндер арасында көрсеткі пернелерімен ауысыңыз, шығу үшін Escape пернесін басыңыз.`,
    announce: (name, period, status) => (period ? `${name}, ${period}. ${status}.` : `${name}. ${status}.`),
  },

  menu: {
    button: 'Жүктеп алу',
    label: (title) => `Жүктеп алу немесе бөлісу: ${title}`,
    svg: 'Диаграмма, SVG',
    png: 'Диаграмма, PNG сурет',
    csv: 'Деректер, CSV',
    embed: 'Ендіру кодын көшіру',
    copied: 'Ендіру коды көшірілді.',
    embedOwnData: 'Ендіру коды жоқ: диаграмма деректерін беттегі скрипт берген. Оларды файлға сақтап, файлдың мекенжайын src атрибутына жазыңыз.',
    copyByHand: 'Мұнда көшіруге тыйым салынған. Кодты белгілеп, көшіріңіз:',
    saved: (file) => `${file} файлы сақталды.`,
    failed: (what, reason) => `Файл жасалмады (${what}): ${reason}`,
  },

  errors: {
    heading: 'Диаграмманы көрсету мүмкін емес',
    unknownLang: (value, accepted, shown) =>
      `${value} тіліне қолдау көрсетілмейді. Рұқсат етілгендер: ${accepted}. Көрсетілген тіл: ${shown}.`,
    unsupportedScript: (value, language, script, shown) =>
      `${value} нұсқасына (${language}, ${script}) қолдау көрсетілмейді. Көрсетілгені: ${language}, ${shown}.`,
    unknownTheme: (value, accepted) => `Белгісіз тақырып ${value}. Рұқсат етілгендер: ${accepted}. Ашық түсті тақырып көрсетілді.`,
    unknownMode: (value, accepted) => `Белгісіз режим ${value}. Рұқсат етілгендер: ${accepted}.`,
    unknownSegments: (values, accepted) => `Белгісіз техника түрі ${values}. Рұқсат етілгендер: ${accepted}.`,
    noSegments: (accepted) =>
      `Бірде-бір техника түрі таңдалмаған. Мыналардың бірін не бірнешеуін көрсетіңіз: ${accepted}.`,
    unknownAnnotations: (values, accepted) => `Белгісіз аннотация ${values}. Рұқсат етілгендер: ${accepted} немесе none.`,
    noFact: (example) => `Қай көрсеткіш? fact атрибутына оның id-ін жазыңыз, мысалы fact="${example}".`,
    unknownFact: (value, examples) => `${value} id-і бар көрсеткіш жоқ. Id мысалдары: ${examples}.`,
    compareUnit: (fact, unit, other, otherUnit) =>
      `${fact} (${unit}) және ${other} (${otherUnit}) көрсеткіштерін салыстыруға болмайды: өлшем бірліктері бірдей болуы керек.`,
    compareMeaningless: (fact, other, reason) =>
      `${fact} және ${other} көрсеткіштерін салыстыруға болмайды: ${
        reason === 'times' ? 'екі «есе» арасындағы пайыздық өзгерістің мағынасы жоқ' : reason === 'range' ? 'аралықтың бір мәні жоқ' : `${other} нөлге тең`
      }. Сандар мен сомаларды пайызбен, ал үлестерді пайыздық пунктпен салыстыруға болады.`,
    segmentsNotInData: (values) => `Деректерде ${values} үшін жол жоқ.`,
    badUrl: (value) => `src ${value} — веб-мекенжай емес. JSON немесе CSV файлының URL-ін көрсетіңіз.`,
    fetchFailed: (url, reason) =>
      `${url} мекенжайынан деректер жүктелмеді (${reason}). Мекенжайды және сервер бұл бетке оны оқуға рұқсат ететінін (CORS) тексеріңіз.`,
    httpStatus: (url, status) => (status === 404 ? `${url} мекенжайында деректер файлы табылмады (404).` : `${url} сұрауына сервер ${status} деп жауап берді.`),
    timeout: (url, seconds) => `${url} мекенжайынан деректер ${seconds} секунд ішінде келмеді.`,
    notJson: (url, reason) => `${url} файлы дұрыс JSON емес (${reason}). JSON жолдарын немесе CSV файлын беріңіз.`,
    credentials: (url) => `src мекенжайында (${url}) құпиясөз бар. Пайдаланушы аты мен құпиясөзді мекенжайдан алып тастаңыз.`,
    tooBig: (url, megabytes) => `${url} файлы ${megabytes}\u00a0МБ-тан асады, бұл диаграмма үшін тым үлкен. Жүктеу тоқтатылды.`,
    notUtf8: (url) => `${url} файлы UTF-8 кодтауында емес. Оны «CSV UTF-8» түрінде сақтаңыз.`,
    htmlPage: (url) => `${url} мекенжайында деректер файлы емес, веб-бет ашылады (кіру не қате беті болуы мүмкін).`,
    dataIntro: (origin, count) => `${origin === 'src' ? 'Деректер файлында' : 'data қасиетінде'} ${count} қате бар:`,
    at: (row, field) => (row === 0 ? (field === '(data)' ? 'Деректер' : `«${field}» бағаны`) : `${row}-жол, «${field}»`),
    cell: (where, expected, found) => `${where}: күтілгені — ${expected}, табылғаны — ${found}.`,
    more: (count) => `…және тағы ${count}.`,
    expected: {
      number: 'сан',
      count: 'нөлден кем емес сан (саны теріс бола алмайды)',
      share: '0-ден 100 %-ға дейінгі үлес',
      latitude: '-90 мен 90 аралығындағы ендік',
      longitude: '-180 мен 180 аралығындағы бойлық',
      period: 'ЖЖЖЖ-АА түріндегі ай немесе ЖЖЖЖ түріндегі жыл',
      boolean: 'true немесе false',
      text: 'мәтін',
      oneOf: (values) => `мыналардың бірі: ${values}`,
      column: 'осындай атауы бар баған',
      rows: 'кемінде бір жол (кесте бос)',
      table: 'жолдар тізімі немесе "rows" тізімі бар объект',
      rowObject: 'өрістері аталған жол',
      version: (v) => `схеманың ${v}-нұсқасы`,
      rowWith: (value) => `${value} үшін жол`,
      atMostRows: (max) => `${max} жолдан аспайтын`,
      sameUnit: (unit) => `1-жолдағыдай бірлік (${unit})`,
      samePeriods: (value) => `1-жолдағыдай кезеңдер (${value})`,
      unique: 'бір рет қана кездесетін мән',
      columnSplit: (delimiter) => `осындай атауы бар баған (тақырып жолы ${delimiter} бойынша бөлінді)`,
      delimiters: { ',': 'үтір', ';': 'нүктелі үтір', '\t': 'табуляция белгісі' },
      grouped: (suggest) => `разрядтар арасында үтірі жоқ сан: ${suggest}`,
      finite: '0 немесе модулі 10⁻⁹-дан 10¹⁵-ке дейінгі сан',
    },
    unexpected: (message) => `Диаграмманы салу кезінде қате шықты: ${message}`,
  },
  languageNames: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
  scriptNames: { Latn: 'латын жазуы', Cyrl: 'кирилл жазуы', Arab: 'араб жазуы' },
  // Forms added for Russian agreement; Kazakh keeps its own ("10 125 автокөлік", "4 есеге дейін").
  periodInText: (period) => period,
  vehiclesShort: (n) => `${n}\u00a0автокөлік`,
  timesQualified: (qualifier, n) =>
    ({ over: `${ablative(`${n}\u00a0есе`)} астам`, almost: `${dative(`${n}\u00a0есе`)} жуық`, about: `шамамен ${n}\u00a0есе`, 'up-to': `${dative(`${n}\u00a0есе`)} дейін` })[qualifier],
};
