import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
    // Rendered on a server: draw now, so hydration finds the same template it was given.
    if (this.host.shadowRoot?.querySelector('figure, [role=alert]') || this.isNear()) {
      this.visible = true;
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.visible = true;
        this.observer?.disconnect();
        this.observer = undefined;
        this.host.requestUpdate();
      },
      { rootMargin: `${this.margin * 100}% 0px` },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private isNear(): boolean {
    const view = this.host.ownerDocument.defaultView;
    if (!view) return true;
    const { top, bottom } = this.host.getBoundingClientRect();
    const reach = view.innerHeight * this.margin;
    return bottom >= -reach && top <= view.innerHeight + reach;
  }
}
