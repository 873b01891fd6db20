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

  table: { show: 'Show table', hide: 'Hide table' },
  marks: {
    change: 'change on a year earlier',
    reported: 'Reported in the source',
    estimate: 'Estimate, computed from reported figures',
    navigation: (count: number) => `Chart with ${count} values. Arrow keys move between them; Escape leaves.`,
    announce: (name: string, period: string, status: string) => `${name}, ${period}. ${status}.`,
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
    unexpected: (message: string) => `Something went wrong while drawing the chart: ${message}`,
  },
  languageNames: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
};

export type Messages = typeof en;
