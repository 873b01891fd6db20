import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Width used before the element has been laid out (hidden tab, detached node, server). */
export const FALLBACK_WIDTH = 640;
/** Below this the charts stop simplifying and would overflow; narrower containers scroll. */
export const MIN_WIDTH = 260;

/**
 * Tracks the host's content width with a ResizeObserver and re-renders when the whole-pixel
 * width changes. The first render measures synchronously, so the chart is drawn at its final
 * size before the first paint and the page does not jump.
 */
export class SizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.set(entry.contentRect.width);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  hostUpdate(): void {
    if (this.width === 0) this.width = Math.floor(this.host.clientWidth);
  }

  /** The width to draw at. */
  get drawWidth(): number {
    return this.width > 0 ? Math.max(MIN_WIDTH, this.width) : FALLBACK_WIDTH;
  }

  private set(width: number): void {
    const next = Math.floor(width);
    if (next === this.width || next === 0) return;
    // Redraw in the next frame, not inside the observer's callback: a redraw changes the host's
    // height, and a size change during delivery raises "ResizeObserver loop completed with
    // undelivered notifications" on the page's error handlers.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.width = next;
      this.host.requestUpdate();
    });
  }
}
