import type { SVGTemplateResult } from 'lit';

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
}

/** Size of the plot box; `height` is the space the frame has for it, when known. */
export interface PlotSize {
  width: number;
  height?: number;
}

/** Visual tone of a mark; each has a CSS class and custom property in `styles/tokens.ts`. */
export type Tone = 'current' | 'estimate' | 'down' | 'up' | 'local' | 'other';
