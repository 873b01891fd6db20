import type { Messages } from './en.js';
import { ablative, dative } from '../kk-case.js';

// Kazakh nouns stay singular after a numeral ("10 125 автокөлік"), so no plural forms are needed;
// case endings attach to the spelled-out word "пайыз" rather than to the % sign.
export const kk: Messages = {
  months: [
    'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
    'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
  ],
  period: (months, year) => `${months} ${year}`,
  scale: { thousand: 'мың', million: 'млн', billion: 'млрд' },
  money: (n, scale, currency) => `${n}${scale ? `\u00a0${scale}` : ''}\u00a0${currency === 'USD' ? 'доллар' : 'теңге'}`,
  source: (text) => `Дереккөз: ${text}`,
  quote: (s) => `«${s}»`,
  notePrefix: 'Ескертпе:',
  estimate: 'бағалау',
  vehicles: (n) => `${n} автокөлік`,
  percentagePoints: (n) => `${n} пайыздық тармақ`,

  people: (n) => `${n} адам`,
  brandCount: (n) => `${n} бренд`,
  times: (n) => `${n} есе`,
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
  nouns: { vehicles: () => 'автокөлік', people: () => 'адам', brands: () => 'бренд' },
  range: (from, to) => `${from}–${to}`,

  segments: {
    'passenger-cars': 'Жеңіл автокөліктер',
    trucks: 'Жүк автокөліктері',
    buses: 'Автобустар',
    total: 'Барлық техника',
  },

  yoy: {
    titleChange: (output, n, change) =>
      `${output} бәрінен көп ${change < 0 ? 'қысқарды' : 'өсті'} — ${n} пайызға`,
    titleOne: (output, n, change) => `${output} ${n} пайызға ${change < 0 ? 'қысқарды' : 'өсті'}`,
    output: {
      'passenger-cars': 'Жеңіл автокөлік өндірісі',
      trucks: 'Жүк автокөлігі өндірісі',
      buses: 'Автобус өндірісі',
    },
    title: (n, change) =>
      change < 0
        ? `Қазақстанда автокөлік өндірісі ${n} пайызға қысқарды`
        : `Қазақстанда автокөлік өндірісі ${n} пайызға өсті`,
    subtitleUnits: (period, previousYear) =>
      `Түрлері бойынша автокөлік өндірісі, ${period}, ${previousYear} жылғы сол айлармен салыстырғанда, дана`,
    subtitleChange: (period, previousYear) =>
      `Түрлері бойынша автокөлік өндірісінің өзгерісі, ${period}, ${previousYear} жылғы сол айларға қарағанда, %`,
    headline: (total, signedPct) => `Барлығы ${total}, бір жыл бұрынғыға қарағанда ${signedPct}`,
    year: (year) => year,
    yearEstimate: (year) => `${year} (бағалау)`,
    note: (year) =>
      `${year} жылғы мәндер — жарияланған көрсеткіштер мен олардың жылдық өзгерісінен есептелген бағалау.`,
    source: '«ҚазАвтоПром» автокөлік саласы кәсіпорындарының одағы, «Время Востока»',
    summaryUnits: (months, year, total, n, change, parts) =>
      `Жолақты диаграмма. ${year} жылғы ${months} айларында Қазақстанда ${total} шығарылды, бұл бір жыл бұрынғыдан ${n} пайызға ${change < 0 ? 'аз' : 'көп'}. ${parts}.`,
    summaryChange: (months, year, parts) =>
      `${year} жылғы ${months} айларындағы автокөлік өндірісінің жылдық өзгерісі, жолақты диаграмма. ${parts}.`,
    summaryPart: (segment, value, signedPct) => `${segment}: ${value} (${signedPct})`,
    summaryChangePart: (segment, signedPct) => `${segment}: ${signedPct}`,
    tableCaption: (period) => `Түрлері бойынша автокөлік өндірісі, ${period}, дана`,
    tableType: 'Техника түрі',
    tableChange: 'Өзгеріс, %',
  },

  plantShare: {
    title: (from, to, change) =>
      `Ресми саудадағы қазақстандық автокөліктер үлесі ${from} пайыздан ${to} пайызға дейін ${change >= 0 ? 'өсті' : 'азайды'}`,
    subtitle: (first, last) =>
      `Ресми автокөлік саудасындағы Қазақстанда құрастырылған автокөліктер үлесі, ${first} және ${last}, %`,
    plants: (list) => `Дереккөзде аталған құрастыру зауыттары: ${list}.`,
    plant: (name, city) => `${city} қаласындағы ${name}`,
    local: 'Қазақстанда құрастырылған',
    other: 'Басқа автокөліктер',
    change: (signedPp) => `бір жылда ${signedPp}`,
    source: 'inform.kz',
    summary: (first, a, last, b, signedPp) =>
      `Екі 100 пайыздық жолақ. Ресми сатылымдағы Қазақстанда құрастырылған автокөліктер үлесі: ${first} — ${a}; ${last} — ${b}; айырма — ${signedPp}.`,
    tableCaption: 'Ресми сатылымдағы Қазақстанда құрастырылған автокөліктер үлесі',
    tableMonth: 'Ай',
    tableLocal: 'Қазақстанда құрастырылған, %',
    tableOther: 'Басқа автокөліктер, %',
  },

  dealerSales: {
    series: { 'dealer-sales': 'Ресми дилерлер сатқаны', 'passenger-production': 'Қазақстанда шығарылғаны' },
    title: (sales, salesChange, production, productionChange) =>
      production === undefined
        ? `Дилерлердің жеңіл автокөлік сатылымы ${sales} пайызға ${salesChange < 0 ? 'қысқарды' : 'өсті'}`
        : `Дилерлердің жеңіл автокөлік сатылымы ${sales} пайызға ${salesChange < 0 ? 'қысқарды' : 'өсті'}, өндіріс ${production} пайызға ${productionChange! < 0 ? 'қысқарды' : 'өсті'}`,
    subtitle: (period, previousYear) =>
      `Ресми дилерлер сатқан және Қазақстанда шығарылған жеңіл автокөліктер, ${period}, ${previousYear} жылдың сол айларымен салыстырғанда`,
    summary: (parts) => `Бағанды диаграмма. ${parts}.`,
    summaryPart: (series, previous, previousYear, current, year, signedPct) =>
      `${series}: ${previousYear} жылы ${previous}, ${year} жылы ${current} (${signedPct})`,
    tableCaption: (period) => `Жеңіл автокөліктердің сатылымы мен өндірісі, ${period}`,
    tableSeries: 'Көрсеткіш',
  },

  outputValue: {
    titleRise: (ratio, from, to) => `Автокөлік өндірісінің құны ${from}–${to} жылдары ${ratio} есе өсті`,
    titleFall: (from, to) => `Автокөлік өндірісінің құны ${from}–${to} жылдары қысқарды`,
    subtitle: (periods) => `Қазақстанда шығарылған автокөліктердің құны, ${periods}`,
    series: 'Өндіріс көлемі',
    alsoPrefix: 'Дереккөзде тағы:',
    summary: (parts) => `Шығарылған автокөліктер құнының бағанды диаграммасы. ${parts}.`,
    summaryPart: (period, value) => `${period}: ${value}`,
    tableCaption: 'Шығарылған автокөліктердің құны',
    tablePeriod: 'Кезең',
    tableValue: 'Құны',
    source: 'inform.kz',
  },

  recovery: {
    titleEased: (from, to, year) => `${year} жылы автокөлік өндірісінің құлдырауы ${from} пайыздан ${to} пайызға дейін бәсеңдеді`,
    titleDeepened: (from, to) => `Автокөлік өндірісінің құлдырауы ${from} пайыздан ${to} пайызға дейін тереңдеді`,
    titleChange: (signedPct) => `Автокөлік өндірісі бір жыл бұрынғыға қарағанда ${signedPct} өзгерді`,
    subtitle: 'Жыл басынан бергі өндірістің өткен жылдың сол айларына қарағанда өзгерісі, %',
    sector: 'Барлық өндірушілер',
    plantHeadline: (name, vehicles, period, signedPct) =>
      vehicles ? `${name}: ${period} — ${vehicles}, бір жыл бұрынғыдан ${signedPct}` : `${name}: ${period} — бір жыл бұрынғыдан ${signedPct}`,
    summary: (parts) => `Өндірістің бір жыл бұрынғыға қарағанда өзгерісінің бағанды диаграммасы. ${parts}.`,
    summaryPart: (period, signedPct) => `${period}: ${signedPct}`,
    tableCaption: 'Өндірістің бір жыл бұрынғыға қарағанда өзгерісі, %',
    tablePeriod: 'Айлар',
    tableWho: 'Өндіруші',
    tableChange: 'Өзгеріс, %',
  },

  plantsMap: {
    title: 'Қазақстанда автокөлік қай жерде құрастырылады',
    subtitle: 'Дереккөздерде аталған құрастыру зауыттары және әрқайсысы туралы деректер',
    place: (name, city) => `${name}, ${city}`,
    figure: (label, value, period) => (period ? `${label}: ${value} (${period})` : `${label}: ${value}`),
    summary: (count, list) => `Қазақстан картасы, белгіленген орындар саны: ${count}. ${list}.`,
    marker: 'Белгі',
    boundary: 'Ел шекарасы: Natural Earth (қоғамдық игілік), жеңілдетілген.',
    tableCaption: 'Картадағы орындар',
    tablePlace: 'Орын',
    tableFigures: 'Деректер',
    source: 'inform.kz; «ҚазАвтоПром», «Время Востока» арқылы',
  },

  brands: {
    title: (brands, countries) => `Қазақстанда ${countries} елдің ${brands} маркалы автокөлігі құрастырылады`,
    subtitle: 'Дереккөз Қазақстанда құрастырылатын деп атаған маркалар, шыққан елі бойынша',
    assembledAt: (plant) => `${plant} құрастырады`,
    plantNamed: 'Зауыты дереккөзде аталған',
    plantUnknown: 'зауыты дереккөзде аталмаған',
    note: 'Дереккөз зауытты тек «Лада» үшін атайды («Азия Авто», 2016 жылдан); қалғандары туралы «осы кәсіпорындарда» делінген.',
    summary: (parts) => `Шыққан елі бойынша маркалар. ${parts}.`,
    summaryPart: (country, list) => `${country}: ${list}`,
    tableCaption: 'Қазақстанда құрастырылатын маркалар',
    tableBrand: 'Марка',
    tableCountry: 'Шыққан елі',
    tablePlant: 'Зауыт',
    source: 'inform.kz',
  },

  fact: {
    estimate: 'Жарияланған деректерден есептелген бағалау',
    compare: (change, other, period) => (period ? `${period}: ${other} — ${change}` : `${other} — ${change}`),
    summary: (label, value, period) => (period ? `${label}, ${period}: ${value}.` : `${label}: ${value}.`),
    tableCaption: 'Көрсеткіш',
    tableFigure: 'Көрсеткіш',
    tableValue: 'Мәні',
    tablePeriod: 'Кезең',
  },

  data: {
    loading: 'Деректер жүктелуде…',
  },

  table: { show: 'Кестені көрсету', hide: 'Кестені жасыру' },
  marks: {
    change: 'бір жыл бұрынғыға қарағанда өзгеріс',
    reported: 'Дереккөз деректері бойынша',
    estimate: 'Жарияланған деректерден есептелген бағалау',
    navigation: (count) => `Диаграмма, мәндер саны: ${count}. Олардың арасында көрсеткі пернелерімен жүріңіз, шығу үшін Escape басыңыз.`,
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
    copyByHand: 'Мұнда көшіруге тыйым салынған. Кодты белгілеп, көшіріңіз:',
    saved: (file) => `${file} файлы сақталды.`,
    failed: (what, reason) => `Файл жасалмады (${what}): ${reason}`,
  },

  errors: {
    heading: 'Диаграмманы көрсету мүмкін емес',
    unknownLang: (value, accepted, shown) =>
      `${value} тіліне қолдау көрсетілмейді. Рұқсат етілгендер: ${accepted}. Көрсетілген тіл: ${shown}.`,
    unknownTheme: (value, accepted) => `Белгісіз тақырып ${value}. Рұқсат етілгендер: ${accepted}. Ашық түсті тақырып көрсетілді.`,
    unknownMode: (value, accepted) => `Белгісіз режим ${value}. Рұқсат етілгендер: ${accepted}.`,
    unknownSegments: (values, accepted) => `Белгісіз техника түрі ${values}. Рұқсат етілгендер: ${accepted}.`,
    noSegments: (accepted) =>
      `Бірде-бір техника түрі таңдалмаған. Мыналардың бірін не бірнешеуін көрсетіңіз: ${accepted}.`,
    unknownAnnotations: (values, accepted) => `Белгісіз аннотация ${values}. Рұқсат етілгендер: ${accepted} немесе none.`,
    noFact: (example) => `Қай көрсеткіш? fact атрибутына оның id-ін жазыңыз, мысалы fact="${example}".`,
    unknownFact: (value, examples) => `${value} id-і бар көрсеткіш жоқ. Id мысалдары: ${examples}.`,
    compareUnit: (fact, unit, other, otherUnit) =>
      `${fact} (${unit}) мен ${other} (${otherUnit}) салыстыруға болмайды: өлшем бірліктері бірдей болуы керек.`,
    segmentsNotInData: (values) => `Деректерде ${values} үшін жол жоқ.`,
    badUrl: (value) => `src ${value} — веб-мекенжай емес. JSON немесе CSV файлының URL-ін көрсетіңіз.`,
    fetchFailed: (url, reason) =>
      `${url} мекенжайынан деректер жүктелмеді (${reason}). Мекенжайды және сервер бұл бетке оны оқуға рұқсат ететінін (CORS) тексеріңіз.`,
    httpStatus: (url, status) => (status === 404 ? `${url} мекенжайында деректер файлы табылмады (404).` : `${url} сұрауына сервер ${status} деп жауап берді.`),
    timeout: (url, seconds) => `${url} мекенжайынан деректер ${seconds} секунд ішінде келмеді.`,
    notJson: (url, reason) => `${url} файлы дұрыс JSON емес (${reason}). JSON жолдарын немесе CSV файлын беріңіз.`,
    dataIntro: (origin, count) => `${origin === 'src' ? 'Деректер файлында' : 'data қасиетінде'} ${count} қате бар:`,
    at: (row, field) => (row === 0 ? (field === '(data)' ? 'Деректер' : `«${field}» бағаны`) : `${row}-жол, «${field}»`),
    cell: (where, expected, found) => `${where}: күтілгені — ${expected}, табылғаны — ${found}.`,
    more: (count) => `…және тағы ${count}.`,
    expected: {
      number: 'сан',
      count: 'нөлден кем емес сан (саны теріс бола алмайды)',
      share: '0-ден 100 %-ға дейінгі үлес',
      latitude: '-90 пен 90 аралығындағы ендік',
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
      factId: 'көрсеткіштің id-і',
      samePeriods: (value) => `1-жолдағыдай кезеңдер (${value})`,
      unique: 'бір рет қана кездесетін мән',
    },
    unexpected: (message) => `Диаграмманы салу кезінде қате шықты: ${message}`,
  },
  languageNames: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
};
