import { chartStyles } from '../styles/chart.js';
import { hostReserve } from '../styles/reserve.js';
import { plantsMapWidget } from '../widgets/kz-plants-map.js';
import type { PlantsMapData, PlantsMapRow } from '../data/widgets.js';
import { ChartElement } from './chart-element.js';
import { define } from './define.js';

/** The rows its `data` property takes, and what its `kz-export` event carries. */
export type { PlantsMapRow };
export type { ExportEventDetail } from './export.js';

/**
 * A locator map of Kazakhstan with the two assembly plants the sources name (Asia Auto in
 * Oskemen, SaryarkaAvtoProm in Kostanay) and the figures given for each. The country outline
 * is bundled (Natural Earth via world-atlas, simplified): the map makes no request.
 *
 * @summary Where Kazakhstan assembles cars.
 * @tag kz-plants-map
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
export class KzPlantsMap extends ChartElement<Record<string, never>, PlantsMapData, PlantsMapRow> {
  static override styles = [chartStyles, hostReserve('kz-plants-map')];

  protected readonly widget = plantsMapWidget;
}

define('kz-plants-map', KzPlantsMap);

declare global {
  interface HTMLElementTagNameMap {
    'kz-plants-map': KzPlantsMap;
  }
}
