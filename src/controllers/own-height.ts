import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from './window.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * The reserved heights (styles/reserve.ts) are measured on the bundled figures. Own data has
 * other rows, other labels and other periods, so no rule written in advance fits it: the box
 * would be too short (the page shifts) or leave a blank band under the chart. With own data,
 * the widget reserves what it draws at its natural size instead, measured once it has drawn.
 * A page that loads its data late and wants no shift at all sets `--kz-height` itself.
 */
export class OwnHeightController implements ReactiveController {
  private sheet?: CSSStyleSheet;
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
    const root = this.host.renderRoot as ShadowRoot;
    // Browsers without constructed sheets keep the bundled reservation.
    if (!root.adoptedStyleSheets) return;
    if (Math.abs(height - this.height) < 1 && (!height || root.adoptedStyleSheets.includes(this.sheet!))) return;
    this.height = height;
    const others = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    if (!height) {
      root.adoptedStyleSheets = others;
      return;
    }
    // A constructed sheet, not a <style> element: a page's strict style-src allows it. It
    // belongs to one document, so a widget moved into an iframe gets a new one.
    const View = windowOf(this.host).CSSStyleSheet;
    if (!(this.sheet instanceof View)) this.sheet = new View();
    // `:not(#_)` outranks the reservation rules, which are `!important` too.
    this.sheet.replaceSync(`:host(:not(#_))::before{padding-top:var(--kz-height,${height}px)!important}`);
    root.adoptedStyleSheets = [...others, this.sheet];
  }
}
