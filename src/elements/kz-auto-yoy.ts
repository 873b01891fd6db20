import { chartStyles } from '../styles/chart.js';
import { hostReserve } from '../styles/reserve.js';
import { yoyWidget, type YoyOptions } from '../widgets/kz-auto-yoy.js';
import type { YoyData, YoyRow } from '../data/widgets.js';
import { ChartElement } from './chart-element.js';
import { define } from './define.js';

/** The rows its `data` property takes, and what its `kz-export` event carries. */
export type { YoyRow };
export type { ExportEventDetail } from './export.js';

/**
 * Vehicle production in Kazakhstan, January–November 2016 against the same months of 2015, by
 * vehicle type, with the year-on-year change on each type and the total as a headline.
 *
 * @summary Production 2016 vs 2015 by vehicle type.
 * @tag kz-auto-yoy
 *
 * @attr {"units" | "change"} mode - `units` (default): grouped bars of vehicles per year; `change`: diverging bars of the percentage change.
 * @attr {string} segments - Comma-separated vehicle types to show: `passenger-cars`, `trucks`, `buses`. Default: all.
 *
 * @csspart title - The title stating the finding.
 * @csspart subtitle - What is measured, the period and the unit.
 * @csspart headline - The total and its change.
 * @csspart legend - Legend above the chart.
 * @csspart chart - The plot `<svg>`.
 * @csspart table - The data table (visually hidden).
 * @csspart note - A note under the chart.
 * @csspart source - The source line.
 * @csspart notice - A non-fatal problem, e.g. an unsupported `lang`.
 * @csspart error - Shown instead of the chart when the input cannot be drawn.
 *
 * @cssprop --kz-color-accent - Marks of the year the story is about. Default `#1d4ed8`.
 * @cssprop --kz-color-estimate - Faint hatching of estimated marks (their outline is --kz-color-outline). Default `#98a2b3`.
 * @cssprop --kz-color-down - Falls. Default `#b42318`.
 * @cssprop --kz-color-up - Rises. Default `#0e7c66`.
 * @cssprop --kz-color-text - Text. Default `#1f2937`.
 * @cssprop --kz-color-muted - Subtitle, notes, source. Default `#4b5563`.
 * @cssprop --kz-color-surface - Background behind hatching. Default `#ffffff`.
 * @cssprop --kz-font-family - Font. Default: inherited from the page.
 */
export class KzAutoYoy extends ChartElement<YoyOptions, YoyData, YoyRow> {
  static override styles = [chartStyles, hostReserve('kz-auto-yoy')];
  static override properties = {
    mode: { type: String, reflect: true },
    segments: { type: String, reflect: true },
  };

  /** `units` (default): grouped bars of vehicles per year; `change`: diverging bars of the percentage change. Any other value is reported inside the widget. */
  declare mode: 'units' | 'change' | undefined;
  /** Comma-separated vehicle types to show: `passenger-cars`, `trucks`, `buses`. Default: all. */
  declare segments: string | undefined;

  protected readonly widget = yoyWidget;
}

define('kz-auto-yoy', KzAutoYoy);

declare global {
  interface HTMLElementTagNameMap {
    'kz-auto-yoy': KzAutoYoy;
  }
}
