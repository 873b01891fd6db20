import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';

type Host = ReactiveElement & { renderRoot: HTMLElement | DocumentFragment };

/** Each document's copies of the widgets' style sheets, shared by every widget in it. */
const copies = new WeakMap<Document, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

const cssTextOf = (style: CSSResultOrNative): string =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : style.cssText;

function copyFor(view: Window & typeof globalThis, style: CSSResultOrNative): CSSStyleSheet {
  const doc = view.document;
  let sheets = copies.get(doc);
  if (!sheets) copies.set(doc, (sheets = new WeakMap()));
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(cssTextOf(style));
    sheets.set(style, sheet);
  }
  return sheet;
}

/**
 * Keeps the widget styled when it is moved into another document (appendChild or adoptNode
 * into a same-origin iframe). Lit adopts style sheets made in the document that defined the
 * element; a shadow root may only adopt sheets made in its own document, so the browser drops
 * them on the move and the widget would lose every style, its reserved box included. Here the
 * sheets are made again in the new document (once per document) and adopted there.
 */
export class StylesController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // The node type, not `instanceof ShadowRoot`: in an iframe the root is that window's class.
    const shadow = this.host.renderRoot as ShadowRoot;
    if (shadow.nodeType !== 11) return;
    const styles = (this.host.constructor as typeof ReactiveElement).elementStyles;
    const doc = this.host.ownerDocument;
    if (doc === document) {
      // Back home: Lit's own sheets, if the moves took them away.
      if (shadow.adoptedStyleSheets.length === 0 && styles.length > 0) adoptStyles(shadow, styles);
      return;
    }
    // A document without a window (a frame's document after it navigated) renders nothing.
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view) shadow.adoptedStyleSheets = styles.map((s) => copyFor(view, s));
  }
}
