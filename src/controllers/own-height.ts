import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * The reserved heights (styles/reserve.ts) are measured on the bundled figures. Own data has
 * other rows, other labels and other periods, so no rule written in advance fits it: the box
 * would be too short (the page shifts) or leave a blank band under the chart. With own data,
 * the widget reserves what it draws at its natural size instead, measured once it has drawn.
 * A page that loads its data late and wants no shift at all sets `--kz-height` itself.
 */
export class OwnHeightController implements ReactiveController {
  private style?: HTMLStyleElement;
  private height = 0;

  constructor(
    private readonly host: Host,
    /** Whether the widget draws data the page gave it, and the natural height of its plot. */
    private readonly own: () => { plotNatural: number } | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const own = this.own();
    const root = this.host.renderRoot;
    const figure = root.querySelector('figure.frame');
    const plot = root.querySelector('.plot-area');
    if (!own || !figure || !plot) return this.set(0);
    // The figure as it would be with its plot at the natural height: stretching stops there.
    const natural = figure.getBoundingClientRect().height - plot.getBoundingClientRect().height + own.plotNatural;
    this.set(Math.ceil(natural));
  }

  private set(height: number): void {
    if (Math.abs(height - this.height) < 1) return;
    this.height = height;
    if (!height) {
      this.style?.remove();
      this.style = undefined;
      return;
    }
    this.style ??= this.host.ownerDocument.createElement('style');
    // `:not(#_)` outranks the reservation rules, which are `!important` too.
    this.style.textContent = `:host(:not(#_))::before{padding-top:var(--kz-height,${height}px)!important}`;
    if (!this.style.isConnected) (this.host.renderRoot as ShadowRoot).append(this.style);
  }
}
