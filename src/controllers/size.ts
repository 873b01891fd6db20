import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from './window.js';

/** Width used before the element has been laid out (hidden tab, detached node, server). */
export const FALLBACK_WIDTH = 640;
/** Below this the charts stop simplifying and would overflow; narrower containers scroll. */
export const MIN_WIDTH = 260;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * Tracks the host's width and the height its plot area is given, with one ResizeObserver, and
 * re-renders when either changes by a whole pixel. The first render measures the width
 * synchronously, so the chart is drawn at its final width before the first paint; the plot
 * fills the reserved height from the next frame on, inside a box whose size does not change.
 */
export class SizeController implements ReactiveController {
  width = 0;
  /** Height of the plot area, once laid out. */
  plotHeight = 0;
  private observer?: ResizeObserver;
  private plotArea?: Element;
  private frame = 0;
  /** The window the host is in, whose frames the redraw waits for. */
  private view: Window & typeof globalThis = globalThis as Window & typeof globalThis;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.view = windowOf(this.host);
    this.observer = new this.view.ResizeObserver((entries) => {
      let { width, plotHeight } = this;
      for (const entry of entries) {
        if (entry.target === this.host) width = Math.floor(entry.contentRect.width);
        else plotHeight = Math.floor(entry.contentRect.height);
      }
      this.set(width, plotHeight);
    });
    this.observer.observe(this.host);
    this.plotArea = undefined;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.view.cancelAnimationFrame(this.frame);
  }

  hostUpdate(): void {
    if (this.width === 0) this.width = Math.floor(this.host.clientWidth);
  }

  hostUpdated(): void {
    // The plot area is re-created when the widget switches between chart and error states.
    const area = this.host.renderRoot.querySelector('.plot-area') ?? undefined;
    if (area === this.plotArea) return;
    if (this.plotArea) this.observer?.unobserve(this.plotArea);
    this.plotArea = area;
    if (area) this.observer?.observe(area);
  }

  /** The width to draw at: measured, else `unmeasured` (e.g. a server's), else a default. */
  drawWidth(unmeasured = FALLBACK_WIDTH): number {
    return this.width > 0 ? Math.max(MIN_WIDTH, this.width) : unmeasured;
  }

  /** The height the plot may fill, when known. */
  get drawHeight(): number | undefined {
    return this.plotHeight > 0 ? this.plotHeight : undefined;
  }

  private set(width: number, plotHeight: number): void {
    if ((width === this.width || width === 0) && plotHeight === this.plotHeight) return;
    // Redraw in the next frame, not inside the observer's callback: a redraw changes the
    // layout, and a size change during delivery raises "ResizeObserver loop completed with
    // undelivered notifications" on the page's error handlers.
    this.view.cancelAnimationFrame(this.frame);
    this.frame = this.view.requestAnimationFrame(() => {
      if (width > 0) this.width = width;
      this.plotHeight = plotHeight;
      this.host.requestUpdate();
    });
  }
}
