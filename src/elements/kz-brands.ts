import { chartStyles } from '../styles/chart.js';
import { hostReserve } from '../styles/reserve.js';
import { brandsWidget } from '../widgets/kz-brands.js';
import type { BrandsData, BrandsRow } from '../data/widgets.js';
import { ChartElement } from './chart-element.js';
import { define } from './define.js';

/** The rows its `data` property takes, and what its `kz-export` event carries. */
export type { BrandsRow };
export type { ExportEventDetail } from './export.js';

/**
 * The car brands assembled in Kazakhstan, grouped by country of origin, with the plant where
 * the source names it.
 *
 * @summary Brands assembled in Kazakhstan, by country.
 * @tag kz-brands
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
export class KzBrands extends ChartElement<Record<string, never>, BrandsData, BrandsRow> {
  static override styles = [chartStyles, hostReserve('kz-brands')];

  protected readonly widget = brandsWidget;
}

define('kz-brands', KzBrands);

declare global {
  interface HTMLElementTagNameMap {
    'kz-brands': KzBrands;
  }
}
