import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { frame, type FrameProps } from '../charts/frame.js';
import type { Locale } from '../i18n/index.js';
import { MenuController, type ExportAction } from '../controllers/menu.js';
import { MarksController } from '../controllers/marks.js';
import { markName, markPeriod } from '../charts/mark.js';
import { capitalise } from '../i18n/sentence.js';
import type { MarkInfo } from '../charts/types.js';
import type { ExportEventDetail } from './export.js';
import { fallbackHtml } from '../export/fallback.js';
import { embedCode } from '../export/embed.js';
import { TEXT_OVERRIDES } from '../widgets/overrides.js';
import type { Widget } from '../widgets/types.js';
import { dataTable, drawFigure, prepare, type Prepared } from '../widgets/draw.js';
import { DataController } from '../controllers/data.js';
import { OwnHeightController } from '../controllers/own-height.js';
import { SizeController } from '../controllers/size.js';
import { drawTurn } from '../controllers/draw-turns.js';
import { guessedPlotHeight, rememberPlotHeight } from './plot-heights.js';
import { LangController } from '../controllers/lang.js';
import { StylesController } from '../controllers/styles.js';
import { VisibilityController } from '../controllers/visibility.js';
import { ProblemLog } from '../widgets/problems.js';
import { renderChart, type Validated } from './render-chart.js';
import type { RowsData } from '../data/rows.js';

export const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * The file makers of the download menu, loaded the first time a menu opens (most readers never
 * open one). A failed load is not kept, so the next try loads again.
 */
let exportCode: Promise<typeof import('./export.js')> | undefined;
const loadExport = () => (exportCode ??= import('./export.js').catch((error: unknown) => {
  exportCode = undefined;
  throw error;
}));

/** Gives the widget a width of its own where a page sizes it by its content (why: styles/host.ts). */
const naturalWidth = html`<canvas class="natural-width" aria-hidden="true" width="0" height="0"></canvas>`;

/**
 * What every chart element shares: the `lang` and `theme` attributes, size, language and
 * visibility controllers, and the render path (parse, then draw or explain). A subclass only
 * declares its own attributes and names its widget (src/widgets), which does the rest.
 *
 * @attr {"kk" | "ru" | "en"} lang - Language of every text and number format. Without it, the closest `[lang]` ancestor, then the document, then English.
 * @attr {"light" | "dark" | "auto"} theme - Colours for a light page (default), a dark page, or the reader's colour scheme.
 * @attr {boolean} no-menu - Hides the download-and-share menu.
 * @attr {string} title - Your own title in place of the generated one (shown as text).
 * @attr {string} subtitle - Your own subtitle.
 * @attr {string} source - Your own source line, after "Source:".
 * @attr {string} note - Your own note, in place of ours.
 * @attr {string} src - URL of your own data, a JSON or CSV file in this widget's schema (see the README's "Your own data"). Used unless the `data` property is set.
 * @attr {number} src-timeout - How long to wait for `src`, in milliseconds. Default 10000.
 *
 * @fires {CustomEvent<ExportEventDetail>} kz-export - Before a download from the menu, with the file; cancel it to handle the file yourself.
 * @csspart menu - The download-and-share menu.
 *
 * @cssprop --kz-color-text - Titles and labels. Default `#1f2937` (dark `#e6e8eb`).
 * @cssprop --kz-color-muted - Subtitle, notes, source. Default `#4b5563` (dark `#aab2bd`).
 * @cssprop --kz-color-on-accent - Labels on accent marks. Default `#ffffff` (dark `#0b1220`).
 * @cssprop --kz-color-rest - Grey of what the story is compared with, and rules. Default `#8a94a3` (dark `#5b6472`).
 * @cssprop --kz-color-outline - Outlines of menus and bars. Default `#667085` (dark `#9aa4b2`).
 * @cssprop --kz-color-surface - Behind hatching and menus (match your page). Default `#ffffff` (dark `#111418`).
 * @cssprop --kz-color-background - The widget's own background. Default `transparent`.
 * @cssprop --kz-color-error - Error and notice borders. Default `#b42318` (dark `#ff8a80`).
 * @cssprop --kz-font-family - All text. Default: inherited from the page.
 * @cssprop --kz-font-size-title - Title. Default `1.25rem`.
 * @cssprop --kz-font-size-text - Subtitle and headline. Default `0.9375rem`.
 * @cssprop --kz-font-size-small - Notes and legend. Default `0.8125rem`.
 * @cssprop --kz-font-size-chart - Chart labels. Default `0.8125rem`.
 * @cssprop --kz-space - Spacing. Default `0.75rem`.
 * @cssprop --kz-padding - Padding inside the widget. Default `0`.
 */
export abstract class ChartElement<Options, D = unknown, Row = unknown> extends LitElement {
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
    src: { type: String, reflect: true },
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    data: { attribute: false },
  };

  declare lang: string;
  /** `light` (default), `dark`, or `auto` (follows the reader's colour scheme). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Width to draw at until the element is laid out: set by server-side rendering. */
  declare staticWidth: number | undefined;
  /** Hides the download-and-share menu. */
  declare noMenu: boolean;
  /** The newsroom's own title, subtitle, source and note, in place of the generated ones. */
  declare title: string;
  declare subtitle: string | undefined;
  declare source: string | undefined;
  declare note: string | undefined;
  /** URL of a JSON or CSV file of your own data, in this widget's schema. */
  declare src: string | undefined;
  /** Milliseconds to wait for `src` before saying it did not arrive. Default 10000. */
  declare srcTimeout: number | undefined;
  /**
   * Your own data as JS objects: an array of rows in this widget's schema (or `{ version, rows }`).
   * Takes precedence over `src`; checked when set, with any problem shown in the widget.
   * Typed as the widget's rows (e.g. `YoyRow`); the widget still checks whatever arrives.
   */
  declare data: RowsData<Row> | undefined;

  // First, so a widget moved into another document is styled before anything measures it.
  protected readonly adoptedStyles = new StylesController(this);
  protected readonly size = new SizeController(this, () => this.visibility);
  protected readonly language = new LangController(this);
  protected readonly visibility = new VisibilityController(this);
  private readonly dataSource = new DataController<D>(this, () => this.widget.data);
  // The file makers start loading when the menu opens, so a choice does not wait for them.
  private readonly menu = new MenuController(this, (action) => this.export(action), () => void loadExport().catch(() => {}));
  private readonly marks = new MarksController(
    this,
    () => this.drawn?.figure.chart.marks ?? [],
    (mark) => this.announce(mark),
  );
  // Registered, not read: it sizes the reserved box to own data after each draw.
  protected readonly ownHeight = new OwnHeightController(this, () =>
    (this.data != null || this.src) && this.drawn ? { plotNatural: this.drawn.figure.chart.minHeight } : undefined,
  );
  /** Whether the reader asked to see the data table. */
  private tableShown = false;
  /** What was drawn last, for the download menu. */
  private drawn?: { figure: FrameProps; prepared: Extract<Prepared<Options, D>, { ok: true }>; locale: Locale };
  private problemLog?: ProblemLog;

  /**
   * Lit adopts style sheets made in the document that defined the element, which a shadow root
   * in another document (a same-origin iframe) refuses with an exception; there the shadow root
   * is made bare and the styles controller adopts copies made in that document.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document) return super.createRenderRoot();
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /** What this element draws; the element only supplies attributes, size and language. */
  protected abstract readonly widget: Widget<Options, D>;

  /**
   * What the chart says as plain HTML (title, table, notes, source), to place inside the
   * element as its no-script fallback; empty until the widget has drawn.
   */
  fallbackHtml(): string {
    return this.drawn ? fallbackHtml(this.drawn.figure) : '';
  }

  /**
   * The embed snippet for this widget as it is now configured; empty when the data was set as
   * the `data` property, which no snippet can carry (it would draw the bundled figures instead).
   */
  embedCode(): string {
    return this.data == null ? embedCode(this.widget.tag, this.embedAttributes()) : '';
  }

  /** `src` as an absolute address: the snippet is pasted into pages elsewhere. */
  private absoluteSrc(): string | undefined {
    if (!this.src) return undefined;
    try {
      return new URL(this.src, this.ownerDocument.baseURI).href;
    } catch {
      return this.src;
    }
  }

  private embedAttributes(): Record<string, string | undefined> {
    return {
      lang: this.getAttribute('lang') ?? undefined,
      theme: this.theme,
      ...this.attributeValues(),
      // Own data given as a property has no attribute form (embedCode() refuses it); a URL does.
      src: this.absoluteSrc(),
      ...Object.fromEntries(TEXT_OVERRIDES.map((name) => [name, this.getAttribute(name) ?? undefined])),
    };
  }

  /**
   * Until the first chart is drawn, each update waits for its turn (controllers/draw-turns.ts):
   * widgets read the layout together, then draw in slices of time, so a page of fifty lays out
   * once and never blocks for long.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.drawn) return super.scheduleUpdate();
    return drawTurn({
      host: this,
      measure: () => this.measure(),
      draw: () => void super.scheduleUpdate(),
      settle: () => {
        const height = this.drawn?.figure.chart.height;
        if (height === undefined || !this.size.settle(height)) return false;
        if (this.layoutKey) rememberPlotHeight(this.layoutKey, this.size.plotHeight);
        return true;
      },
      redraw: () => {
        this.requestUpdate();
        this.performUpdate();
      },
    });
  }

  /** What the first draw reads from the layout, read before any widget writes. */
  private measure(): void {
    this.visibility.measure();
    this.size.measure();
    this.measuredFontSize = this.chartFontSize();
    this.measuredBoxHeight = this.isConnected ? getComputedStyle(this).getPropertyValue('--kz-height') : undefined;
  }

  /** Whether the element arrived with a chart rendered on a server, to take over. */
  private serverRendered?: boolean;

  override connectedCallback(): void {
    this.serverRendered ??= !this.hasUpdated && !!this.shadowRoot?.querySelector('figure');
    super.connectedCallback();
  }

  /** The text size and the page's `--kz-height` read by measure(), for the draw that follows it only. */
  private measuredFontSize?: number;
  private measuredBoxHeight?: string;

  /** What the plot area's height depends on, for the first draw of a widget like one before. */
  private layoutKey?: string;

  /**
   * The height a widget just like this one (same element, width, language, text size,
   * attributes and texts) was given for its plot, to draw the first time at that height. A wrong
   * guess costs nothing more than no guess: the height is read after the draw either way, and
   * the chart drawn again if it differs. Own data has no guess.
   */
  private plotHeightGuess(width: number, lang: string, fontSize: number | undefined): number | undefined {
    if (this.size.drawHeight !== undefined) return this.size.drawHeight;
    // Own data draws its own height; unmeasured (no first-draw turn), nothing is known. A widget
    // rendered on a server takes over the server's chart, drawn at its natural height: its first
    // render here must be that chart, or the page would keep a chart Lit believes is another.
    const hydrating = !this.hasUpdated && this.serverRendered;
    if (this.data != null || this.src || this.measuredBoxHeight === undefined || hydrating) return (this.layoutKey = undefined);
    const overrides = [this.title, this.subtitle, this.source, this.note, this.noMenu, this.measuredBoxHeight];
    this.layoutKey = JSON.stringify([this.widget.tag, width, lang, fontSize, this.attributeValues(), overrides]);
    return guessedPlotHeight(this.layoutKey);
  }

  /** The chart's text size in px as the reader's browser shows it (text zoom included). */
  private chartFontSize(): number | undefined {
    if (typeof getComputedStyle === 'undefined' || !this.isConnected) return undefined;
    const style = getComputedStyle(this);
    const token = style.getPropertyValue('--_chart-size').trim(); // "0.8125rem" unless a page set it
    const n = parseFloat(token);
    if (token.endsWith('rem')) return n * parseFloat(getComputedStyle(this.ownerDocument.documentElement).fontSize);
    if (token.endsWith('em')) return n * parseFloat(style.fontSize);
    return token.endsWith('px') ? n : undefined;
  }

  /** "Passenger cars, 2016: 8,157 vehicles. January–November 2016. Reported in the source." */
  private announce(mark: MarkInfo): string {
    const t = this.drawn?.locale.t;
    // A sentence, so a label that is a period («наурыз 2015») opens it with a capital.
    return t ? capitalise(t.marks.announce(markName(mark), markPeriod(mark), this.markStatus(mark))) : '';
  }

  private markStatus(mark: MarkInfo): string {
    const t = this.drawn!.locale.t;
    return mark.estimate ? t.marks.estimate : mark.computed ? t.marks.computed : t.marks.reported;
  }

  /** Runs a menu action and returns what to announce. */
  private async export(action: ExportAction): Promise<string> {
    const drawn = this.drawn;
    const plot = this.renderRoot.querySelector<SVGSVGElement>('svg.plot');
    if (!drawn || !plot) return '';
    const { t } = drawn.locale;
    let runExport: typeof import('./export.js').runExport;
    try {
      ({ runExport } = await loadExport());
    } catch (error) {
      // Offline, or a redeploy replaced the file: said in the menu's status, like any failed file.
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`<${this.widget.tag}>: could not load the download code: ${reason}`);
      return t.menu.failed(action.toUpperCase(), reason);
    }
    return runExport(action, {
      host: this,
      tag: this.widget.tag,
      figure: drawn.figure,
      table: dataTable(this.widget, drawn.prepared, drawn.locale),
      plot,
      embedCode: this.data == null ? this.embedCode() : undefined,
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

  private validate(): Validated<Extract<Prepared<Options, D>, { ok: true }>> {
    const state = this.dataSource.state();
    if (state.kind === 'loading') return { loading: true };
    if (state.kind === 'failed') return { problems: state.problems };
    const prepared = prepare(this.widget, this.attributeValues(), state.loaded);
    return prepared.ok ? { ready: prepared, problems: [] } : { problems: prepared.problems };
  }

  protected override render(): TemplateResult {
    // Until the widget comes near the viewport, its light-DOM fallback (if the page gave one)
    // stays visible in the reserved box.
    if (!this.visibility.visible) return html`${naturalWidth}<slot></slot>`;
    return html`${naturalWidth}${this.renderVisible()}`;
  }

  private renderVisible(): TemplateResult {
    const theme = this.theme?.trim().toLowerCase();
    return renderChart({
      resolved: this.language.resolved,
      notices:
        theme && !(THEMES as readonly string[]).includes(theme)
          ? [{ code: 'unknown-theme', value: this.theme!, accepted: THEMES }]
          : [],
      log: (this.problemLog ??= new ProblemLog(this.widget.tag)),
      validate: () => this.validate(),
      draw: (prepared, locale, notice) => {
        const width = this.size.drawWidth(this.staticWidth);
        const fontSize = this.measuredFontSize ?? this.chartFontSize();
        const draw = () =>
          drawFigure(
            this.widget,
            prepared,
            {
              width,
              height: this.plotHeightGuess(width, locale.lang, fontSize),
              activeMark: this.marks.active,
              fontSize,
              locale,
              notice,
            },
            { title: this.title, subtitle: this.subtitle, source: this.source, note: this.note },
          );
        let figure = draw();
        // Fewer marks than before (e.g. a narrower `segments`): the tab stop goes back to the first.
        if (!this.marks.fits(figure.chart.marks.length)) figure = draw();
        this.measuredFontSize = this.measuredBoxHeight = undefined;
        this.drawn = { figure, prepared, locale };
        const shown = this.marks.shown === undefined ? undefined : figure.chart.marks[this.marks.shown];
        const { t } = locale;
        return frame(figure, {
          menu: this.noMenu ? undefined : this.menu.render(t.menu, figure.title),
          marks: {
            handlers: this.marks.handlers,
            tooltip: shown && { mark: shown, status: this.markStatus(shown) },
            announcement: this.marks.announcement,
          },
          tableToggle: {
            shown: this.tableShown,
            show: t.table.show,
            hide: t.table.hide,
            onToggle: (open) => {
              this.tableShown = open;
              this.requestUpdate();
            },
          },
        });
      },
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    /** Fired by every chart element before a download from its menu; `preventDefault()` keeps the file from downloading. */
    'kz-export': CustomEvent<ExportEventDetail>;
  }
}
