import type { SVGTemplateResult } from 'lit';
import type { Locale } from '../i18n/index.js';

/** A data table that says what the chart shows, for screen readers and for export. */
export interface TableModel {
  caption: string;
  /** Column headers; the first heads the row-header column. */
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

/** What every chart function returns: graphics plus what a reader without sight needs. */
export interface ChartResult {
  /** Contents of the plot `<svg>` (the frame draws the element itself). */
  svg: SVGTemplateResult;
  width: number;
  /** Height drawn: the available height when given, else the natural one. */
  height: number;
  /** The least height at which everything fits; the frame reserves at least this. */
  minHeight: number;
  /** The most height the plot can use; space beyond it is left under the source line. */
  maxHeight: number;
  /** Every data mark, in reading order, with where it is and what it says. */
  marks: MarkInfo[];
}

/** What a reader learns about one data mark: in its tooltip, its label and its announcement. */
export interface MarkText {
  /** What the mark belongs to, e.g. "Passenger cars" or "March 2016". */
  label: string;
  /** Which series, e.g. "2016", "2015 (est.)", "Assembled in Kazakhstan". */
  series: string;
  /**
   * The series as it reads after a comma in the mark's name, where Russian lowers the capital a
   * legend gives it («март 2015, собраны в Казахстане: 11 %»). The series itself when unset.
   */
  seriesInText?: string;
  /** The value with its unit, formatted for the locale, e.g. "8,157 vehicles". */
  value: string;
  period: string;
  /**
   * For a mark that is a place rather than a value: the figures given for it, each a sentence.
   * Its name is then the label and these, sentence by sentence, and its tooltip lists them.
   */
  lines?: string[];
  /** An estimate computed from reported figures. */
  estimate: boolean;
  /** Exact arithmetic on reported figures: neither printed nor an estimate. */
  computed?: boolean;
}

/** A data mark: its text, its box in plot coordinates, and its place for arrow keys. */
export interface MarkInfo extends MarkText {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Group (row) and series (column) index: ↑ ↓ move between groups, ← → between series. */
  row: number;
  column: number;
}

/** Size of the plot box; `height` is the space the frame has for it, when known. */
export interface PlotSize {
  width: number;
  height?: number;
  /** The mark that takes the widget's one tab stop (roving tabindex); default the first. */
  activeMark?: number;
  /** Chart text size in px, as the reader's browser shows it; default 13. */
  fontSize?: number;
}

/** Visual tone of a mark; each has a CSS class and custom property in `styles/tokens.ts`. */
export type Tone = 'current' | 'estimate' | 'down' | 'up' | 'local' | 'other';

/** What every figure function needs besides its data: size, focus, text size and language. */
export interface FigureContext extends PlotSize {
  locale: Locale;
  /** A non-fatal problem to show above the chart. */
  notice?: string;
}
