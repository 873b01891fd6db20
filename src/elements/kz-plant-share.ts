import { chartStyles } from '../styles/chart.js';
import { hostReserve } from '../styles/reserve.js';
import { plantShareWidget } from '../widgets/kz-plant-share.js';
import type { ShareData, PlantShareRow } from '../data/widgets.js';
import { ChartElement } from './chart-element.js';
import { define } from './define.js';

/** The rows its `data` property takes, and what its `kz-export` event carries. */
export type { PlantShareRow };
export type { ExportEventDetail } from './export.js';

/**
 * The share of Kazakhstan-assembled cars in official car sales, March 2015 against March 2016,
 * as two 100 % bars, with the assembly plants the source names.
 *
 * @summary Share of Kazakhstan-assembled cars in official sales.
 * @tag kz-plant-share
 *
 *
 * @csspart title - The title stating the finding.
 * @csspart subtitle - What is measured, the period and the unit.
 * @csspart legend - Legend above the chart.
 * @csspart chart - The plot `<svg>`.
 * @csspart table - The data table (visually hidden).
 * @csspart note - The assembly plants named in the source.
 * @csspart source - The source line.
 * @csspart notice - A non-fatal problem, e.g. an unsupported `lang`.
 * @csspart error - Shown instead of the chart when the input cannot be drawn.
 *
 * @cssprop --kz-color-accent - The Kazakhstan-assembled part. Default `#1d4ed8`.
 * @cssprop --kz-color-rest - The rest of the sales. Default `#8a94a3`.
 * @cssprop --kz-color-outline - Outline of each 100 % bar. Default `#667085`.
 * @cssprop --kz-color-text - Text. Default `#1f2937`.
 * @cssprop --kz-color-muted - Subtitle, notes, source. Default `#4b5563`.
 * @cssprop --kz-font-family - Font. Default: inherited from the page.
 */
export class KzPlantShare extends ChartElement<Record<string, never>, ShareData, PlantShareRow> {
  static override styles = [chartStyles, hostReserve('kz-plant-share')];

  protected readonly widget = plantShareWidget;
}

define('kz-plant-share', KzPlantShare);

declare global {
  interface HTMLElementTagNameMap {
    'kz-plant-share': KzPlantShare;
  }
}
