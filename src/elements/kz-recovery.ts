import { chartStyles } from '../styles/chart.js';
import { hostReserve } from '../styles/reserve.js';
import { recoveryWidget } from '../widgets/kz-recovery.js';
import type { RecoveryData, RecoveryRow } from '../data/widgets.js';
import { ChartElement } from './chart-element.js';
import { define } from './define.js';

/** The rows its `data` property takes, and what its `kz-export` event carries. */
export type { RecoveryRow };
export type { ExportEventDetail } from './export.js';

/**
 * How the fall in vehicle production eased through 2016 (−56 % in the first half, −22 % over
 * eleven months), with Asia Auto's July–November output (2,369 vehicles, +44 %) against the trend.
 *
 * @summary The decline easing through 2016.
 * @tag kz-recovery
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
export class KzRecovery extends ChartElement<Record<string, never>, RecoveryData, RecoveryRow> {
  static override styles = [chartStyles, hostReserve('kz-recovery')];

  protected readonly widget = recoveryWidget;
}

define('kz-recovery', KzRecovery);

declare global {
  interface HTMLElementTagNameMap {
    'kz-recovery': KzRecovery;
  }
}
