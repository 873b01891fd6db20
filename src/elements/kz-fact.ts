import { chartStyles } from '../styles/chart.js';
import { hostReserve } from '../styles/reserve.js';
import { factWidget, type FactOptions } from '../widgets/kz-fact.js';
import type { FactData, FactRow } from '../data/widgets.js';
import { ChartElement } from './chart-element.js';
import { define } from './define.js';

/** The rows its `data` property takes, and what its `kz-export` event carries. */
export type { FactRow };
export type { ExportEventDetail } from './export.js';

/**
 * One figure of the dataset as a big number: the value in the reader's language and unit,
 * what it measures, the period and the source; `compare` adds the change against a second
 * figure with the same unit.
 *
 * @summary A single figure as a big-number card.
 * @tag kz-fact
 *
 * @attr {string} fact - Id of the figure to show, e.g. `dealer-sales-2016` (the ids are listed in the README and in `kz-auto-charts/data`). Required.
 * @attr {string} compare - Id of a second figure with the same unit, e.g. `dealer-sales-2015`: shows the change against it.
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
export class KzFact extends ChartElement<FactOptions, FactData, FactRow> {
  static override styles = [chartStyles, hostReserve('kz-fact')];
  static override properties = {
    fact: { type: String, reflect: true },
    compare: { type: String, reflect: true },
  };

  /** Id of the figure to show, e.g. `dealer-sales-2016` (the ids are listed in the README and in `kz-auto-charts/data`). Required. */
  declare fact: string | undefined;
  /** Id of a second figure with the same unit, e.g. `dealer-sales-2015`: shows the change against it. */
  declare compare: string | undefined;

  protected readonly widget = factWidget;
}

define('kz-fact', KzFact);

declare global {
  interface HTMLElementTagNameMap {
    'kz-fact': KzFact;
  }
}
