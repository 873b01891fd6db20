import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { frame, type FrameProps } from '../charts/frame.js';
import type { Locale } from '../i18n/index.js';
import { MenuController, type ExportAction } from '../controllers/menu.js';
import { runExport } from './export.js';
import { applyOverrides, TEXT_OVERRIDES } from '../widgets/overrides.js';
import type { Widget } from '../widgets/types.js';
import { SizeController } from '../controllers/size.js';
import { LangController } from '../controllers/lang.js';
import { VisibilityController } from '../controllers/visibility.js';
import { ProblemLog } from '../widgets/problems.js';
import { renderChart } from './render-chart.js';

export const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * What every chart element shares: the `lang` and `theme` attributes, size, language and
 * visibility controllers, and the render path (parse, then draw or explain). A subclass only
 * declares its own attributes and names its widget (src/widgets), which does the rest.
 */
export abstract class ChartElement<Options> extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    staticWidth: { attribute: false },
    noMenu: { type: Boolean, attribute: 'no-menu', reflect: true },
    // `title` is also HTML's tooltip attribute; the figure sets title="" so no tooltip shows.
    title: { type: String },
    subtitle: { type: String },
    source: { type: String },
    note: { type: String },
  };

  declare lang: string;
  /** `light` (default), `dark`, or `auto` (follows the reader's colour scheme). */
  declare theme: string | undefined;
  /** Width to draw at until the element is laid out: set by server-side rendering. */
  declare staticWidth: number | undefined;
  /** Hides the download-and-share menu. */
  declare noMenu: boolean;
  /** The newsroom's own title, subtitle, source and note, in place of the generated ones. */
  declare title: string;
  declare subtitle: string | undefined;
  declare source: string | undefined;
  declare note: string | undefined;

  protected readonly size = new SizeController(this);
  protected readonly language = new LangController(this);
  protected readonly visibility = new VisibilityController(this);
  private readonly menu = new MenuController(this, (action) => this.export(action));
  /** What was drawn last, for the download menu. */
  private drawn?: { figure: FrameProps; options: Options; locale: Locale };
  private problemLog?: ProblemLog;

  /** What this element draws; the element only supplies attributes, size and language. */
  protected abstract readonly widget: Widget<Options>;

  /** Runs a menu action and returns what to announce. */
  private async export(action: ExportAction): Promise<string> {
    const drawn = this.drawn;
    const plot = this.renderRoot.querySelector<SVGSVGElement>('svg.plot');
    if (!drawn || !plot) return '';
    const { t } = drawn.locale;
    return runExport(action, {
      host: this,
      tag: this.widget.tag,
      figure: drawn.figure,
      table: this.widget.table(drawn.options, drawn.locale),
      plot,
      attributes: {
        lang: this.getAttribute('lang') ?? undefined,
        theme: this.theme,
        ...this.attributeValues(),
        ...Object.fromEntries(TEXT_OVERRIDES.map((name) => [name, this.getAttribute(name) ?? undefined])),
      },
      messages: t,
      offerManualCopy: (code) => this.menu.offerManualCopy(code),
    });
  }

  private attributeValues() {
    const self = this as unknown as Record<string, unknown>;
    return Object.fromEntries(
      this.widget.attributes.map((name) => [name, self[name] == null ? undefined : String(self[name])]),
    );
  }

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
      log: (this.problemLog ??= new ProblemLog(this.widget.tag)),
      validate: () => this.widget.parse(this.attributeValues()),
      draw: (options, locale, notice) => {
        const figure = applyOverrides(
          this.widget.figure(options, {
            width: this.size.width > 0 ? this.size.drawWidth : (this.staticWidth ?? this.size.drawWidth),
            height: this.size.drawHeight,
            locale,
            notice,
          }),
          { title: this.title, subtitle: this.subtitle, source: this.source, note: this.note },
          locale,
        );
        this.drawn = { figure, options, locale };
        return frame(figure, { menu: this.noMenu ? undefined : this.menu.render(locale.t.menu, figure.title) });
      },
    });
  }
}
