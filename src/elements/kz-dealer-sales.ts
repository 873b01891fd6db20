import { chartStyles } from '../styles/chart.js';
import { hostReserve } from '../styles/reserve.js';
import { dealerSalesWidget } from '../widgets/kz-dealer-sales.js';
import type { DealerSalesData, DealerSalesRow } from '../data/widgets.js';
import { ChartElement } from './chart-element.js';
import { define } from './define.js';

/** The rows its `data` property takes, and what its `kz-export` event carries. */
export type { DealerSalesRow };
export type { ExportEventDetail } from './export.js';

/**
 * Passenger cars sold by official dealers in January–November 2016 against the same months of
 * 2015 (88.4 thousand → 38.8 thousand, −56 %), beside passenger-car production over the same
 * months, so the reader sees demand fell faster than output.
 *
 * @summary Dealer sales against production, 2016 vs 2015.
 * @tag kz-dealer-sales
 *
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
export class KzDealerSales extends ChartElement<Record<string, never>, DealerSalesData, DealerSalesRow> {
  static override styles = [chartStyles, hostReserve('kz-dealer-sales')];

  protected readonly widget = dealerSalesWidget;
}

define('kz-dealer-sales', KzDealerSales);

declare global {
  interface HTMLElementTagNameMap {
    'kz-dealer-sales': KzDealerSales;
  }
}
