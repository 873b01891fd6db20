import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from './window.js';

/**
 * Says when the host is near the viewport, so a page with dozens of widgets draws only those a
 * reader is about to see. A widget already on (or within `margin` of) the screen when it
 * connects draws at once, before the first paint; the others wait for an IntersectionObserver.
 * Once drawn, the observer keeps telling whether the widget is `near`, so a redraw it misses
 * while far away (a window resize) can wait until it comes near (see SizeController).
 */
export class VisibilityController implements ReactiveController {
  /** Drawn at least once: stays true. */
  visible: boolean;
  /** Within `margin` of the viewport now (true where nothing can tell). */
  near = true;
  private observer?: IntersectionObserver;
  private readonly nearListeners = new Set<() => void>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean },
    /** How far outside the viewport a widget starts drawing, as a fraction of its height. */
    private readonly margin = 1,
  ) {
    this.visible = typeof IntersectionObserver === 'undefined';
    host.addController(this);
  }

  /** Calls `listener` each time the host comes near the viewport. */
  onNear(listener: () => void): void {
    this.nearListeners.add(listener);
  }

  hostConnected(): void {
    const view = this.host.ownerDocument.defaultView;
    if (typeof IntersectionObserver === 'undefined' || !view) {
      // Nothing can tell where the widget is: it is near, and drawn.
      this.near = true;
      if (!this.visible) this.show();
      return;
    }
    // A printed page has no viewport to come near: draw everything before printing.
    if (!this.visible) view.addEventListener('beforeprint', this.show);
    // Rendered on a server: draw now, so hydration finds the same template it was given.
    if (!this.visible && this.host.shadowRoot?.querySelector('figure, [role=alert]')) this.show();
    // Moved back into a page before it was ever drawn: it is measured (and drawn, if near) in
    // an update of its own, as Lit does not update a reconnected element by itself.
    if (!this.visible && this.host.hasUpdated) this.host.requestUpdate();
    // Whether it is near is read before its first draw, with every other widget's reads
    // (measure(), from controllers/draw-turns.ts): reading it here, as each widget connects,
    // laid out the page once per widget.
    this.observer = new (windowOf(this.host).IntersectionObserver)((entries) => this.observed(entries), {
      rootMargin: `${this.margin * 100}% 0px`,
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.host.ownerDocument.defaultView?.removeEventListener('beforeprint', this.show);
  }

  /** Reads whether the host is near the viewport now; a widget near it is drawn. Reads only. */
  measure(): void {
    if (!this.observer) return;
    this.near = this.isNear();
    if (this.near && !this.visible) {
      this.visible = true;
      this.host.ownerDocument.defaultView?.removeEventListener('beforeprint', this.show);
    }
  }

  private observed(entries: IntersectionObserverEntry[]): void {
    const near = entries[entries.length - 1]!.isIntersecting;
    const came = near && !this.near;
    this.near = near;
    if (!near) return;
    if (!this.visible) this.show();
    if (came) this.nearListeners.forEach((listener) => listener());
  }

  private readonly show = () => {
    this.visible = true;
    this.host.ownerDocument.defaultView?.removeEventListener('beforeprint', this.show);
    this.host.requestUpdate();
  };

  private isNear(): boolean {
    const view = this.host.ownerDocument.defaultView;
    if (!view) return true;
    const { top, bottom } = this.host.getBoundingClientRect();
    const reach = view.innerHeight * this.margin;
    return bottom >= -reach && top <= view.innerHeight + reach;
  }
}
