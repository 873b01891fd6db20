import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/index.js';
import { SizeController } from '../controllers/size.js';
import { LangController } from '../controllers/lang.js';
import { VisibilityController } from '../controllers/visibility.js';
import { ProblemLog, type Problem } from './problems.js';
import { renderChart } from './render-chart.js';

export const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * What every chart element shares: the `lang` attribute, its size, language and visibility
 * controllers, and the render path (validate, then draw or explain). A subclass only parses
 * its own attributes and calls its chart function.
 */
export abstract class ChartElement<Options> extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
  };

  declare lang: string;
  /** `light` (default), `dark`, or `auto` (follows the reader's colour scheme). */
  declare theme: string | undefined;

  protected readonly size = new SizeController(this);
  protected readonly language = new LangController(this);
  protected readonly visibility = new VisibilityController(this);
  private readonly problems = new ProblemLog(this.localName);

  /** Parses the element's attributes; options are absent when a problem prevents drawing. */
  protected abstract validate(): { options?: Options; problems: Problem[] };

  /** Draws the chart for valid options. */
  protected abstract draw(options: Options, locale: Locale, notice: string | undefined): TemplateResult;

  protected override render(): TemplateResult {
    // Until the widget comes near the viewport, its light-DOM fallback (if the page gave one)
    // stays visible in the reserved box.
    if (!this.visibility.visible) return html`<slot></slot>`;
    const theme = this.theme?.trim().toLowerCase();
    return renderChart({
      resolved: this.language.resolved,
      notices:
        theme && !(THEMES as readonly string[]).includes(theme)
          ? [{ code: 'unknown-theme', value: this.theme!, accepted: THEMES }]
          : [],
      log: this.problems,
      validate: () => this.validate(),
      draw: (options, locale, notice) => this.draw(options, locale, notice),
    });
  }
}
