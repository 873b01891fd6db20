/**
 * English messages: the reference for the shape of every language file. Functions take numbers
 * already formatted by `format.ts` (strings) plus, where wording depends on it, the raw value.
 */
export const en = {
  months: [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ],
  /** "January–November 2016", "March 2015". */
  period: (months: string, year: string) => `${months} ${year}`,
  /** Large-number words, after the number: "38.8 thousand", "61.5 billion". */
  scale: { thousand: 'thousand', million: 'million', billion: 'billion' },
  /** "61.5 billion tenge", "$7.4 billion". */
  money: (n: string, scale: string, currency: 'KZT' | 'USD') =>
    currency === 'USD' ? `$${n}${scale ? ` ${scale}` : ''}` : `${n}${scale ? ` ${scale}` : ''} tenge`,
  source: (text: string) => `Source: ${text}`,
  /** Quotes a value the reader typed, e.g. a bad attribute. */
  quote: (s: string) => `"${s}"`,
  notePrefix: 'Note:',
  estimate: 'est.',
  /** Plural-aware count of vehicles. */
  vehicles: (n: string, count: number) =>
    new Intl.PluralRules('en').select(count) === 'one' ? `${n} vehicle` : `${n} vehicles`,
  percentagePoints: (n: string, count: number) =>
    new Intl.PluralRules('en').select(count) === 'one' ? `${n} percentage point` : `${n} percentage points`,

  people: (n: string, count: number): string => (new Intl.PluralRules('en').select(count) === 'one' ? `${n} person` : `${n} people`),
  brandCount: (n: string, count: number): string => (new Intl.PluralRules('en').select(count) === 'one' ? `${n} brand` : `${n} brands`),
  times: (n: string): string => `${n} times`,
  /** A hedged figure as the source printed it: "more than 10 thousand vehicles". */
  qualified: (qualifier: 'over' | 'almost' | 'about' | 'up-to', amount: string, noun: string): string =>
    `${{ over: 'more than', almost: 'almost', about: 'about', 'up-to': 'up to' }[qualifier]} ${amount}${noun ? ` ${noun}` : ''}`,
  /** Nouns after a number, for the hedged form; plural chosen by the count. */
  nouns: {
    vehicles: (count: number): string => (count === 1 ? 'vehicle' : 'vehicles'),
    people: (count: number): string => (count === 1 ? 'person' : 'people'),
    brands: (count: number): string => (count === 1 ? 'brand' : 'brands'),
  },
  range: (from: string, to: string) => `${from}–${to}`,

  segments: {
    'passenger-cars': 'Passenger cars',
    trucks: 'Trucks',
    buses: 'Buses',
    total: 'All vehicles',
  },

  yoy: {
    /** Change mode: the type with the largest move, e.g. "Passenger car output fell most, by 24.5%". */
    titleChange: (output: string, n: string, change: number) =>
      `${output} ${change < 0 ? 'fell' : 'rose'} most, by ${n}%`,
    titleOne: (output: string, n: string, change: number) => `${output} ${change < 0 ? 'fell' : 'rose'} by ${n}%`,
    output: {
      'passenger-cars': 'Passenger car output',
      trucks: 'Truck output',
      buses: 'Bus output',
    },
    /** `n` is the size of the change as a formatted number, without sign or %. */
    title: (n: string, change: number) =>
      change < 0 ? `Vehicle output in Kazakhstan fell by ${n}%` : `Vehicle output in Kazakhstan rose by ${n}%`,
    subtitleUnits: (period: string, previousYear: string) =>
      `Vehicles produced by type in ${period}, against the same months of ${previousYear}`,
    subtitleChange: (period: string, previousYear: string) =>
      `Change in vehicles produced by type in ${period} on the same months of ${previousYear}, %`,
    headline: (total: string, signedPct: string) => `${total} in all, ${signedPct} on a year earlier`,
    year: (year: string) => year,
    yearEstimate: (year: string) => `${year} (est.)`,
    note: (year: string) =>
      `${year} values are estimates derived from the reported figures and their year-on-year changes.`,
    source: 'KazAvtoProm industry union, via Vremya Vostoka',
    summaryUnits: (months: string, year: string, total: string, n: string, change: number, parts: string) =>
      `Bar chart. In ${months} ${year} Kazakhstan produced ${total}, ${n}% ${change < 0 ? 'fewer' : 'more'} than a year earlier. ${parts}.`,
    summaryChange: (months: string, year: string, parts: string) =>
      `Bar chart of the year-on-year change in vehicle production, ${months} ${year}. ${parts}.`,
    summaryPart: (segment: string, value: string, signedPct: string) => `${segment}: ${value} (${signedPct})`,
    summaryChangePart: (segment: string, signedPct: string) => `${segment}: ${signedPct}`,
    tableCaption: (period: string) => `Vehicle production by type, ${period}, vehicles`,
    tableType: 'Vehicle type',
    tableChange: 'Change, %',
  },

  plantShare: {
    /** `from` and `to` are formatted numbers without %. */
    title: (from: string, to: string, change: number) =>
      `Kazakhstan-assembled cars’ share of official sales ${change >= 0 ? 'rose' : 'fell'} from ${from}% to ${to}%`,
    subtitle: (first: string, last: string) =>
      `Share of cars assembled in Kazakhstan in official car sales, ${first} and ${last}, %`,
    plants: (list: string) => `Assembly plants named in the source: ${list}.`,
    plant: (name: string, city: string) => `${name} in ${city}`,
    local: 'Assembled in Kazakhstan',
    other: 'Other cars',
    change: (signedPp: string) => `${signedPp} in a year`,
    source: 'inform.kz',
    summary: (first: string, a: string, last: string, b: string, signedPp: string) =>
      `Two 100% bars. Share of Kazakhstan-assembled cars in official sales: ${first}, ${a}; ${last}, ${b}; a change of ${signedPp}.`,
    tableCaption: 'Share of Kazakhstan-assembled cars in official sales',
    tableMonth: 'Month',
    tableLocal: 'Assembled in Kazakhstan, %',
    tableOther: 'Other cars, %',
  },

  dealerSales: {
    series: { 'dealer-sales': 'Sold by official dealers', 'passenger-production': 'Produced in Kazakhstan' },
    /** `sales` and `production` are sizes of change without sign or %. */
    title: (sales: string, salesChange: number, production?: string, productionChange?: number) =>
      production === undefined
        ? `Dealer sales of passenger cars ${salesChange < 0 ? 'fell' : 'rose'} by ${sales}%`
        : `Dealer sales of passenger cars ${salesChange < 0 ? 'fell' : 'rose'} by ${sales}%, production ${productionChange! < 0 ? 'fell' : 'rose'} by ${production}%`,
    subtitle: (period: string, previousYear: string) =>
      `Passenger cars sold by official dealers and produced in Kazakhstan in ${period}, against the same months of ${previousYear}`,
    summary: (parts: string) => `Bar chart. ${parts}.`,
    summaryPart: (series: string, previous: string, previousYear: string, current: string, year: string, signedPct: string) =>
      `${series}: ${previous} in ${previousYear}, ${current} in ${year} (${signedPct})`,
    tableCaption: (period: string) => `Passenger cars sold and produced, ${period}`,
    tableSeries: 'Series',
  },

  outputValue: {
    /** `ratio` is "5" for a five-fold rise. */
    titleRise: (ratio: string, from: string, to: string) => `Vehicle output in value grew ${ratio} times from ${from} to ${to}`,
    titleFall: (from: string, to: string) => `Vehicle output in value fell from ${from} to ${to}`,
    subtitle: (periods: string) => `Value of vehicles produced in Kazakhstan, ${periods}`,
    series: 'Output',
    alsoPrefix: 'Also in the source:',
    summary: (parts: string) => `Bar chart of the value of vehicles produced. ${parts}.`,
    summaryPart: (period: string, value: string) => `${period}: ${value}`,
    tableCaption: 'Value of vehicles produced',
    tablePeriod: 'Period',
    tableValue: 'Value',
    source: 'inform.kz',
  },

  recovery: {
    /** `from` and `to` are sizes of fall without sign or %. */
    titleEased: (from: string, to: string, year: string) => `Vehicle production’s fall eased from ${from}% to ${to}% as ${year} went on`,
    titleDeepened: (from: string, to: string, _year: string) => `Vehicle production’s fall deepened from ${from}% to ${to}%`,
    titleChange: (signedPct: string) => `Vehicle production changed by ${signedPct} on a year earlier`,
    subtitle: 'Change in vehicles produced since the start of the year, against the same months a year earlier, %',
    sector: 'All producers',
    plantHeadline: (name: string, vehicles: string, period: string, signedPct: string) =>
      vehicles ? `${name}: ${vehicles} in ${period}, ${signedPct} on a year earlier` : `${name}: ${signedPct} in ${period} on a year earlier`,
    summary: (parts: string) => `Bar chart of the change in vehicle production on a year earlier. ${parts}.`,
    summaryPart: (period: string, signedPct: string) => `${period}: ${signedPct}`,
    tableCaption: 'Change in vehicle production on a year earlier, %',
    tablePeriod: 'Months',
    tableWho: 'Producer',
    tableChange: 'Change, %',
  },

  plantsMap: {
    title: 'Where Kazakhstan assembles cars',
    subtitle: 'Assembly plants named in the sources, with the figures given for each',
    place: (name: string, city: string) => `${name}, ${city}`,
    figure: (label: string, value: string, period: string) => (period ? `${label}: ${value} (${period})` : `${label}: ${value}`),
    summary: (count: number, list: string) => `Map of Kazakhstan with ${count} ${count === 1 ? 'place' : 'places'}: ${list}.`,
    marker: 'Marker',
    boundary: 'Country outline: Natural Earth (public domain), simplified.',
    tableCaption: 'Places on the map',
    tablePlace: 'Place',
    tableFigures: 'Figures',
    source: 'inform.kz; KazAvtoProm via Vremya Vostoka',
  },

  brands: {
    title: (brands: number, countries: number) =>
      `Cars of ${brands} ${brands === 1 ? 'brand' : 'brands'} from ${countries} ${countries === 1 ? 'country' : 'countries'} are assembled in Kazakhstan`,
    subtitle: 'Brands the source names as assembled in Kazakhstan, by country of origin',
    assembledAt: (plant: string) => `assembled at ${plant}`,
    plantNamed: 'Plant named in the source',
    plantUnknown: 'plant not named in the source',
    note: 'The source names the plant only for Lada (Asia Auto, from 2016); for the others it says “at these plants”.',
    summary: (parts: string) => `Brands by country of origin. ${parts}.`,
    summaryPart: (country: string, list: string) => `${country}: ${list}`,
    tableCaption: 'Brands assembled in Kazakhstan',
    tableBrand: 'Brand',
    tableCountry: 'Country of origin',
    tablePlant: 'Plant',
    source: 'inform.kz',
  },

  fact: {
    estimate: 'Estimate, computed from reported figures',
    /** "−56% against 88.4 thousand vehicles in January–November 2015". */
    compare: (change: string, other: string, period: string) => (period ? `${change} against ${other} in ${period}` : `${change} against ${other}`),
    summary: (label: string, value: string, period: string) => (period ? `${label}, ${period}: ${value}.` : `${label}: ${value}.`),
    tableCaption: 'The figure',
    tableFigure: 'Figure',
    tableValue: 'Value',
    tablePeriod: 'Period',
  },

  data: {
    loading: 'Loading data…',
  },

  table: { show: 'Show table', hide: 'Hide table' },
  marks: {
    change: 'change on a year earlier',
    reported: 'Reported in the source',
    estimate: 'Estimate, computed from reported figures',
    navigation: (count: number) => `Chart with ${count} values. Arrow keys move between them; Escape leaves.`,
    announce: (name: string, period: string, status: string) => (period ? `${name}, ${period}. ${status}.` : `${name}. ${status}.`),
  },

  menu: {
    button: 'Download',
    label: (title: string) => `Download or share: ${title}`,
    svg: 'Chart as SVG',
    png: 'Chart as PNG image',
    csv: 'Data as CSV',
    embed: 'Copy embed code',
    copied: 'Embed code copied.',
    copyByHand: 'Copying is blocked here. Select the code and copy it:',
    saved: (file: string) => `Saved ${file}.`,
    failed: (what: string, reason: string) => `Could not make the ${what}: ${reason}`,
  },

  errors: {
    heading: 'This chart cannot be shown',
    unknownLang: (value: string, accepted: string, shown: string) =>
      `Unsupported language ${value}. Accepted: ${accepted}. Showing ${shown}.`,
    unknownTheme: (value: string, accepted: string) => `Unknown theme ${value}. Accepted: ${accepted}. Showing light.`,
    unknownMode: (value: string, accepted: string) => `Unknown mode ${value}. Accepted: ${accepted}.`,
    unknownSegments: (values: string, accepted: string) =>
      `Unknown vehicle type ${values}. Accepted: ${accepted}.`,
    noSegments: (accepted: string) => `No vehicle type is selected. Pick one or more of: ${accepted}.`,
    unknownAnnotations: (values: string, accepted: string) => `Unknown annotation ${values}. Accepted: ${accepted}, or none.`,
    noFact: (example: string) => `Which figure? Set the fact attribute to a fact id, e.g. fact="${example}".`,
    unknownFact: (value: string, examples: string) => `No figure with the id ${value}. Ids look like: ${examples}.`,
    compareUnit: (fact: string, unit: string, other: string, otherUnit: string) =>
      `Cannot compare ${fact} (${unit}) with ${other} (${otherUnit}): they must share a unit.`,
    segmentsNotInData: (values: string) => `The data has no rows for ${values}.`,
    badUrl: (value: string) => `The src ${value} is not a web address. Give the URL of a JSON or CSV file.`,
    fetchFailed: (url: string, reason: string) =>
      `Could not load the data from ${url} (${reason}). Check the address, and that the server allows this page to read it (CORS).`,
    httpStatus: (url: string, status: number) =>
      status === 404 ? `The data file was not found at ${url} (404).` : `The server answered ${status} for ${url}.`,
    timeout: (url: string, seconds: string) => `The data from ${url} did not arrive within ${seconds} seconds.`,
    notJson: (url: string, reason: string) => `The file at ${url} is not valid JSON (${reason}). Give JSON rows or a CSV file.`,
    dataIntro: (origin: 'data' | 'src', count: number) =>
      `${origin === 'src' ? 'The data file' : 'The data property'} has ${count} ${count === 1 ? 'problem' : 'problems'}:`,
    /** Where: row 3, field "value"; row 0 is the table as a whole. */
    at: (row: number, field: string) => (row === 0 ? (field === '(data)' ? 'The data' : `Column "${field}"`) : `Row ${row}, "${field}"`),
    cell: (where: string, expected: string, found: string) => `${where}: expected ${expected}, found ${found}.`,
    more: (count: number) => `…and ${count} more.`,
    expected: {
      number: 'a number',
      count: 'a number of zero or more (a count cannot be negative)',
      share: 'a share from 0 to 100 %',
      latitude: 'a latitude from -90 to 90',
      longitude: 'a longitude from -180 to 180',
      period: 'a month as YYYY-MM or a year as YYYY',
      boolean: 'true or false',
      text: 'some text',
      oneOf: (values: string) => `one of ${values}`,
      column: 'a column with this name',
      rows: 'at least one row (the table is empty)',
      table: 'a list of rows, or an object with a "rows" list',
      rowObject: 'a row with named fields',
      version: (v: number) => `schema version ${v}`,
      rowWith: (value: string) => `a row for ${value}`,
      atMostRows: (max: number) => `at most ${max} rows`,
      sameUnit: (unit: string) => `the same unit as row 1 (${unit})`,
      factId: 'the id of a fact',
      samePeriods: (value: string) => `the same periods as row 1 (${value})`,
      unique: 'a value used once only',
    },
    unexpected: (message: string) => `Something went wrong while drawing the chart: ${message}`,
  },
  languageNames: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
};

export type Messages = typeof en;
