import type { FrameProps } from '../charts/frame.js';
import type { Loaded, Table } from '../data/schema.js';
import { tableOf } from '../data/schema.js';
import type { Locale } from '../i18n/index.js';
import type { Problem } from './problems.js';
import { applyOverrides } from './overrides.js';
import type { Attributes, DrawContext, Widget } from './types.js';

/** Options parsed from attributes and the data they pick, ready to draw; or why not. */
export type Prepared<O, D> = { ok: true; options: O; data: D; source?: string } | { ok: false; problems: Problem[] };

/** Attributes, then the data (the newsroom's, or bundled): what the element and the static renderers share. */
export function prepare<O, D>(widget: Widget<O, D>, attributes: Attributes, loaded?: Loaded<D>): Prepared<O, D> {
  const { options, problems } = widget.parse(attributes);
  if (!options) return { ok: false, problems };
  const { data, source } = loaded ?? { data: widget.data.bundled() };
  const picked = widget.select(options, data);
  if (!picked.data) return { ok: false, problems: [...problems, ...picked.problems] };
  return { ok: true, options, data: picked.data, ...(source ? { source } : {}) };
}

/** The figure with the data's own source line, then the page's text overrides on top. */
export function drawFigure<O, D>(
  widget: Widget<O, D>,
  prepared: Extract<Prepared<O, D>, { ok: true }>,
  context: DrawContext,
  overrides: Attributes,
): FrameProps {
  const figure = widget.figure(prepared.options, prepared.data, context);
  const withSource = prepared.source ? { ...figure, source: context.locale.t.source(prepared.source) } : figure;
  return applyOverrides(withSource, overrides, context.locale);
}

/** The data behind the figure in the widget's schema, for the CSV download. */
export function dataTable<O, D>(widget: Widget<O, D>, prepared: Extract<Prepared<O, D>, { ok: true }>, locale: Locale): Table {
  return tableOf(widget.data, prepared.data, locale, prepared.source ?? widget.source(locale.lang));
}
