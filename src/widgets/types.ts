import type { FrameProps } from '../charts/frame.js';
import type { FigureContext } from '../charts/types.js';
import type { Locale } from '../i18n/index.js';
import type { WidgetTag } from '../styles/reserve.js';
import type { Problem } from './problems.js';
import type { Table } from '../data/schema.js';

export type { WidgetTag };

/** Attribute values as strings, absent when not set. */
export type Attributes = Readonly<Record<string, string | undefined>>;

/** Size, focus, text size, language and notice for drawing a widget's figure. */
export type DrawContext = FigureContext;

/**
 * One widget, independent of where it is drawn: the custom element, the static SVG and HTML
 * renderers and the embed builder all go through these two functions.
 */
export interface Widget<Options> {
  tag: WidgetTag;
  /** Attributes the widget reads besides `lang` and `theme`. */
  attributes: readonly string[];
  /** Parses attribute values; options are absent when a problem prevents drawing. */
  parse(attributes: Attributes): { options?: Options; problems: Problem[] };
  /** The figure (texts, plot, summary, table) for valid options. */
  figure(options: Options, context: DrawContext): FrameProps;
  /** The data behind the figure as CSV columns and rows (src/data/schema.ts), with its source. */
  table(options: Options, locale: Locale): Table;
}
