import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from './window.js';
import { dropRedraw, queueRedraw } from './redraw-queue.js';
import type { VisibilityController } from './visibility.js';

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
 *
 * A window resize changes the size of every widget on the page at once. Only those near the
 * viewport redraw, a few per frame (controllers/redraw-queue.ts); the others are marked stale
 * and redraw when they come near, so a page of 200 widgets does not redraw 200 charts per resize.
 */
export class SizeController implements ReactiveController {
  width = 0;
  /** Height of the plot area, once laid out. */
  plotHeight = 0;
  private observer?: ResizeObserver;
  private plotArea?: Element;
  /** The size changed while the host was far from the viewport: redraw when it comes near. */
  stale = false;
  /** Listening for the host to come near (once: the visibility controller outlives connections). */
  private listening = false;
  /** The window the host is in, whose frames the redraw waits for. */
  private view: Window & typeof globalThis = globalThis as Window & typeof globalThis;

  constructor(
    private readonly host: Host,
    /** Tells whether the host is near the viewport; without it every change redraws. */
    private readonly visibility?: () => VisibilityController,
  ) {
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
    if (!this.listening) {
      this.listening = true;
      this.visibility?.().onNear(() => {
        if (!this.stale) return;
        this.stale = false;
        queueRedraw(this.host, this.view);
      });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    dropRedraw(this.host, this.view);
    // Reconnected, it is measured and drawn afresh.
    this.stale = false;
  }

  hostUpdate(): void {
    this.measure();
  }

  /** Reads the host's width if no observer has given it yet. Reads only. */
  measure(): void {
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

  /**
   * Reads the plot area's height just after a first draw. Reads only; true if the chart was
   * drawn at another height, so that it is drawn again to fill its box in the same task,
   * before the reader sees it, and the observer, reporting that height later, finds nothing
   * to redraw.
   */
  settle(drawnHeight: number): boolean {
    const area = this.host.renderRoot.querySelector('.plot-area');
    if (!area || !this.host.isConnected) return false;
    // The computed height is what the observer reports: a transform does not change it.
    const height = Math.floor(parseFloat(getComputedStyle(area).height));
    if (!(height > 0) || height === this.plotHeight) return false;
    this.plotHeight = height;
    return Math.abs(height - drawnHeight) >= 1;
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
    // The new size is kept at once (any redraw from now on uses it); the redraw itself comes
    // in a later frame, not inside the observer's callback: a redraw changes the layout, and a
    // size change during delivery raises "ResizeObserver loop completed with undelivered
    // notifications" on the page's error handlers.
    if (width > 0) this.width = width;
    this.plotHeight = plotHeight;
    const visibility = this.visibility?.();
    if (visibility && !visibility.near) {
      this.stale = true;
      return;
    }
    queueRedraw(this.host, this.view);
  }
}
