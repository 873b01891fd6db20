import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from './window.js';

/**
 * Says when the host is near the viewport, so a page with dozens of widgets draws only those a
 * reader is about to see. A widget already on (or within `margin` of) the screen when it
 * connects draws at once, before the first paint; the others wait for an IntersectionObserver.
 */
export class VisibilityController implements ReactiveController {
  visible: boolean;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** How far outside the viewport a widget starts drawing, as a fraction of its height. */
    private readonly margin = 1,
  ) {
    this.visible = typeof IntersectionObserver === 'undefined';
    host.addController(this);
  }

  hostConnected(): void {
    if (this.visible) return;
    // A printed page has no viewport to come near: draw everything before printing.
    this.host.ownerDocument.defaultView?.addEventListener('beforeprint', this.show);
    // Rendered on a server: draw now, so hydration finds the same template it was given.
    if (this.host.shadowRoot?.querySelector('figure, [role=alert]') || this.isNear()) {
      this.show();
      return;
    }
    this.observer = new (windowOf(this.host).IntersectionObserver)((entries) => entries.some((e) => e.isIntersecting) && this.show(), {
      rootMargin: `${this.margin * 100}% 0px`,
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.host.ownerDocument.defaultView?.removeEventListener('beforeprint', this.show);
  }

  private readonly show = () => {
    this.visible = true;
    this.observer?.disconnect();
    this.observer = undefined;
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
