import { chartStyles } from '../styles/chart.js';
import { hostReserve } from '../styles/reserve.js';
import { outputValueWidget, type OutputValueOptions } from '../widgets/kz-output-value.js';
import type { OutputValueData, OutputValueRow } from '../data/widgets.js';
import { ChartElement } from './chart-element.js';
import { define } from './define.js';

/** The rows its `data` property takes, and what its `kz-export` event carries. */
export type { OutputValueRow };
export type { ExportEventDetail } from './export.js';

/**
 * The vehicle industry's output in value, 2010 and 2015 (16 → 80 billion tenge), as two bars
 * and nothing between them (the source gives no years between), with other sector-scale
 * figures of the source as annotations.
 *
 * @summary Output in value, 2010 → 2015.
 * @tag kz-output-value
 *
 * @attr {string} annotations - Comma-separated annotations under the chart: `average-growth`, `car-market`, `manufacturing-share`, `dollar-slip`, or `none`. Default: `average-growth,car-market`.
 *
 * @csspart title - The title stating the finding.
 * @csspart subtitle - What is measured, the period and the unit.
 * @csspart chart - The plot `<svg>`.
 * @csspart table - The data table (visually hidden until "Show table").
 * @csspart note - A note under the chart.
 * @csspart source - The source line.
 * @csspart notice - A non-fatal problem, e.g. an unsupported `lang`.
 * @csspart loading - Shown while the data at `src` loads.
 * @csspart error - Shown instead of the chart when the input cannot be drawn.
 *
 * @cssprop --kz-color-accent - The marks the story is about. Default `#1d4ed8`.
 * @cssprop --kz-color-text - Text. Default `#1f2937`.
 * @cssprop --kz-color-muted - Subtitle, notes, source. Default `#4b5563`.
 * @cssprop --kz-font-family - Font. Default: inherited from the page.
 */
export class KzOutputValue extends ChartElement<OutputValueOptions, OutputValueData, OutputValueRow> {
  static override styles = [chartStyles, hostReserve('kz-output-value')];
  static override properties = {
    annotations: { type: String, reflect: true },
  };

  /** Comma-separated annotations under the chart: `average-growth`, `car-market`, `manufacturing-share`, `dollar-slip`, or `none`. Default: `average-growth,car-market`. */
  declare annotations: string | undefined;

  protected readonly widget = outputValueWidget;
}

define('kz-output-value', KzOutputValue);

declare global {
  interface HTMLElementTagNameMap {
    'kz-output-value': KzOutputValue;
  }
}
