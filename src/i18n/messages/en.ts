import type { Period, Qualifier } from '../../data/types.js';

/** Singular only for a printed "1": "1 vehicle", "1.5 vehicles", "1 thousand vehicles". */
const enNoun = (printed: string, one: string, other: string) => (/(^|[^\d.,])1$/.test(printed.trim()) ? one : other);
import { fold } from '../en-fold.js';

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
  /** A period inside a sentence; Russian adds «года» after months. */
  periodInText: (period: string, _kind: Period['kind']) => period,
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
  /** Plural-aware count of vehicles (cars where every one is a car): "1 vehicle", "38.8 thousand cars". */
  vehicles: (n: string, _count?: number, cars?: boolean) => `${n} ${enNoun(n, cars ? 'car' : 'vehicle', cars ? 'cars' : 'vehicles')}`,
  /** The count in a tight place, e.g. in brackets after a period. */
  vehiclesShort: (n: string) => `${n} ${enNoun(n, 'vehicle', 'vehicles')}`,
  percentagePoints: (n: string, _count?: number) => `${n} ${enNoun(n, 'percentage point', 'percentage points')}`,

  people: (n: string, _count?: number): string => `${n} ${enNoun(n, 'person', 'people')}`,
  brandCount: (n: string, _count?: number): string => `${n} ${enNoun(n, 'brand', 'brands')}`,
  /** A ratio as a multiple: "fivefold", "1.5-fold". */
  times: (n: string): string => fold(n),
  /** A hedged multiple: "up to fourfold". */
  timesQualified: (qualifier: Qualifier, n: string): string =>
    `${{ over: 'more than', almost: 'almost', about: 'about', 'up-to': 'up to' }[qualifier]} ${fold(n)}`,
  /** A hedged figure as the source printed it: "more than 10 thousand vehicles". */
  qualified: (qualifier: Qualifier, amount: string, noun: string): string =>
    `${{ over: 'more than', almost: 'almost', about: 'about', 'up-to': 'up to' }[qualifier]} ${amount}${noun ? ` ${noun}` : ''}`,
  /** Nouns after a hedged number (`n` as printed), in the case the hedge asks for. */
  nouns: {
    vehicles: (n: string, _qualifier: Qualifier, cars?: boolean): string => enNoun(n, cars ? 'car' : 'vehicle', cars ? 'cars' : 'vehicles'),
    people: (n: string, _qualifier: Qualifier): string => enNoun(n, 'person', 'people'),
    brands: (n: string, _qualifier: Qualifier): string => enNoun(n, 'brand', 'brands'),
  },
  range: (from: string, to: string) => `${from}–${to}`,
  /** A figure of the dataset in a line: "Vehicles assembled in Kostanay: 25 thousand vehicles (over the last six years)". */
  factLine: (label: string, value: string, period: string) => (period ? `${label}: ${value} (${period})` : `${label}: ${value}`),

  segments: {
    'passenger-cars': 'Passenger cars',
    trucks: 'Trucks',
    buses: 'Buses',
    total: 'All vehicles',
  },









  data: {
    loading: 'Loading data…',
  },

  table: { show: 'Show table', hide: 'Hide table' },
  marks: {
    change: 'change compared with a year earlier',
    reported: 'Reported in the source',
    estimate: 'Estimate computed from reported figures',
    /** Exact arithmetic on printed figures (100% − 11%, 10,125 − 9,762): no estimate, but not printed either. */
    computed: 'Computed exactly from reported figures',
    navigation: (count: number) =>
      count === 1 ? 'Chart with 1 value. Escape leaves it.' : `Chart with ${count} values. Arrow keys move between them; Escape leaves.`,
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
    embedOwnData: 'No embed code: this chart’s data came from the page’s script. Put it in a file and give its address in src.',
    copyByHand: 'Copying is blocked here. Select the code and copy it:',
    saved: (file: string) => `Saved ${file}.`,
    failed: (what: string, reason: string) => `Could not make the ${what}: ${reason}`,
  },

  errors: {
    heading: 'This chart cannot be shown',
    unknownLang: (value: string, accepted: string, shown: string) =>
      `Unsupported language ${value}. Accepted: ${accepted}. Showing ${shown}.`,
    unsupportedScript: (value: string, language: string, script: string, shown: string) =>
      `${value} asks for ${language} in ${script} script, which is not available. Showing ${language} in ${shown} script.`,
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
    compareMeaningless: (fact: string, other: string, reason: 'times' | 'range' | 'zero') =>
      `Cannot compare ${fact} with ${other}: ${
        reason === 'times' ? 'a % change between two “times” figures means nothing' : reason === 'range' ? 'a range has no single value' : `${other} is 0`
      }. Compare counts or money (as a % change) or percentages (in points).`,
    segmentsNotInData: (values: string) => `The data has no rows for ${values}.`,
    badUrl: (value: string) => `The src ${value} is not a web address. Give the URL of a JSON or CSV file.`,
    fetchFailed: (url: string, reason: string) =>
      `Could not load the data from ${url} (${reason}). Check the address, and that the server allows this page to read it (CORS).`,
    httpStatus: (url: string, status: number) =>
      status === 404 ? `The data file was not found at ${url} (404).` : `The server answered ${status} for ${url}.`,
    timeout: (url: string, seconds: string) => `The data from ${url} did not arrive within ${seconds} seconds.`,
    notJson: (url: string, reason: string) => `The file at ${url} is not valid JSON (${reason}). Give JSON rows or a CSV file.`,
    credentials: (url: string) => `The src ${url} holds a password. Remove the user name and password from the address.`,
    tooBig: (url: string, megabytes: string) => `The file at ${url} is over ${megabytes}\u00a0MB, too large for a chart. Loading was stopped.`,
    notUtf8: (url: string) => `The file at ${url} is not UTF-8 text. Save it as “CSV UTF-8”.`,
    htmlPage: (url: string) => `${url} returned a web page (a sign-in or error page?), not a data file.`,
    dataIntro: (origin: 'data' | 'src', count: number) =>
      `${origin === 'src' ? 'The data file' : 'The data property'} has ${count} ${count === 1 ? 'problem' : 'problems'}:`,
    /** Where: row 3, field "value"; row 0 is the table as a whole. */
    at: (row: number, field: string) => (row === 0 ? (field === '(data)' ? 'The data' : `Column "${field}"`) : `Row ${row}, "${field}"`),
    cell: (where: string, expected: string, found: string) => `${where}: expected ${expected}, found ${found}.`,
    more: (count: number) => `…and ${count} more.`,
    expected: {
      number: 'a number',
      count: 'a number of zero or more (a count cannot be negative)',
      share: 'a share from 0 to 100%',
      latitude: 'a latitude from −90 to 90',
      longitude: 'a longitude from −180 to 180',
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
      samePeriods: (value: string) => `the same periods as row 1 (${value})`,
      unique: 'a value used once only',
      columnSplit: (delimiter: string) => `a column with this name (the header was split at ${delimiter})`,
      delimiters: { ',': 'commas', ';': 'semicolons', '\t': 'tabs' } as Record<string, string>,
      grouped: (suggest: string) => `a number without commas between thousands: ${suggest}`,
      finite: 'zero or a number from 10⁻⁹ to 10¹⁵ in size',
    },
    unexpected: (message: string) => `Something went wrong while drawing the chart: ${message}`,
  },
  languageNames: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
  /** Scripts a language tag may ask for (`kk-Latn`); others are named by their code. */
  scriptNames: { Latn: 'Latin', Cyrl: 'Cyrillic', Arab: 'Arabic' },
};

export type Messages = typeof en;
