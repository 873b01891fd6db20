import type { FrameProps } from '../charts/frame.js';
import type { FigureContext } from '../charts/types.js';
import type { Locale } from '../i18n/index.js';
import type { Lang } from '../data/types.js';
import type { WidgetTag } from '../styles/reserve.js';
import type { Problem } from './problems.js';
import type { WidgetData } from '../data/schema.js';

export type { WidgetTag };

/** Attribute values as strings, absent when not set. */
export type Attributes = Readonly<Record<string, string | undefined>>;

/** Size, focus, text size, language and notice for drawing a widget's figure. */
export type DrawContext = FigureContext;

/**
 * One widget, independent of where it is drawn: the custom element, the static SVG and HTML
 * renderers and the embed builder all go through these functions. Data comes in the widget's
 * schema (src/data/schema.ts): the bundled dataset, or a newsroom's own rows.
 */
export interface Widget<Options, D> {
  tag: WidgetTag;
  /** Attributes the widget reads besides `lang`, `theme`, `src` and the text overrides. */
  attributes: readonly string[];
  /** Its data schema, the bundled data, and the way between rows and data. */
  data: WidgetData<D>;
  /** Parses attribute values; options are absent when a problem prevents drawing. */
  parse(attributes: Attributes): { options?: Options; problems: Problem[] };
  /** The data the options pick (e.g. some vehicle types), or why they cannot pick from it. */
  select(options: Options, data: D): { data?: D; problems: Problem[] };
  /** The figure (texts, plot, summary, table) for valid options and selected data. */
  figure(options: Options, data: D, context: DrawContext): FrameProps;
  /** The source line's text for the bundled data, in the reader's language. */
  source(lang: Lang): string;
}

export type AnyWidget = Widget<unknown, unknown>;

/** For widgets whose data needs no picking. */
export const selectAll = <O, D>(_options: O, data: D) => ({ data, problems: [] as Problem[] });

/** A widget with no attributes of its own: its data, its figure function and its source line. */
export function plainWidget<D>(
  tag: WidgetTag,
  data: WidgetData<D>,
  draw: (props: DrawContext & { data: D }) => FrameProps,
  source: (lang: Lang) => string,
): Widget<Record<string, never>, D> {
  return {
    tag,
    attributes: [],
    data,
    parse: () => ({ options: {}, problems: [] }),
    select: selectAll,
    figure: (_options, d, context) => draw({ ...context, data: d }),
    source,
  };
}

export type { Locale };
