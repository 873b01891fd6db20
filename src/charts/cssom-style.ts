import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Inline styles set through the CSSOM (`element.style.setProperty`), never as a `style`
 * attribute. Lit's `styleMap` writes the attribute on first render, which a page's
 * Content-Security-Policy without 'unsafe-inline' forbids (`style-src-attr`); the CSSOM is
 * allowed. Goes on an element: `<div ${cssomStyle({ 'min-height': '10px' })}>`. Property
 * names are CSS names (kebab-case). On a server it renders nothing.
 */
class CssomStyle extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes on an element, not in an attribute');
  }

  render(_styles: Readonly<Record<string, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(styles));
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
