import type { Messages } from './en.js';

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

  table: { show: 'Кестені көрсету', hide: 'Кестені жасыру' },
  marks: {
    change: 'бір жыл бұрынғыға қарағанда өзгеріс',
    reported: 'Дереккөз деректері бойынша',
    estimate: 'Жарияланған деректерден есептелген бағалау',
    navigation: (count) => `Диаграмма, мәндер саны: ${count}. Олардың арасында көрсеткі пернелерімен жүріңіз, шығу үшін Escape басыңыз.`,
    announce: (name, period, status) => `${name}, ${period}. ${status}.`,
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
    unexpected: (message) => `Диаграмманы салу кезінде қате шықты: ${message}`,
  },
  languageNames: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
};
