import { html, svg, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from './cssom-style.js';
import type { Lang } from '../data/types.js';
import { hatchPattern } from './patterns.js';
import { noteText, type Note } from './note.js';
import { tooltip } from './tooltip.js';
import type { ChartResult, MarkInfo, TableModel, Tone } from './types.js';

export interface LegendItem {
  label: string;
  tone: Tone;
}

export interface FrameProps {
  lang: Lang;
  title: string;
  subtitle: string;
  headline?: string;
  legend?: LegendItem[];
  chart: ChartResult;
  /** One or two sentences that state what the chart shows, with its numbers. */
  description: string;
  /** How to move between the marks, for the plot's accessible name. */
  navigation: string;
  table: TableModel;
  /**
   * Lines under the chart, each after `notePrefix`; a note with its own prefix (a conflict in the
   * source, "Note:" beside "Also in the source:") keeps it, and a page's own note never hides it.
   */
  notes?: Note[];
  notePrefix: string;
  source: string;
  /** A non-fatal problem to show above the chart (e.g. an unsupported `lang`). */
  notice?: string;
}

/** What the element adds around a figure: controls that only make sense with a script. */
export interface FrameExtras {
  /** Shown at the end of the source line, e.g. the download menu. */
  menu?: TemplateResult;
  /** Keyboard, pointer and touch access to the marks. */
  marks?: {
    handlers: MarkHandlers;
    /** The mark whose tooltip is open, and its reported-or-estimate line. */
    tooltip?: { mark: MarkInfo; status: string };
    /** What the live region says. */
    announcement: string;
  };
  /** The "Show table" toggle, and whether the table is shown. */
  tableToggle?: { shown: boolean; label: string; onToggle: () => void };
}

/** Event handlers for the plot, from the element's marks controller. */
export interface MarkHandlers {
  onKeyDown(e: KeyboardEvent): void;
  onFocusIn(e: FocusEvent): void;
  onFocusOut(e: FocusEvent): void;
  onPointerOver(e: PointerEvent): void;
  onPointerOut(e: PointerEvent): void;
  onPointerDown(e: PointerEvent): void;
}

const swatch = (tone: Tone, index: number) =>
  html`<svg class="swatch" viewBox="0 0 14 14" aria-hidden="true">
    ${tone === 'estimate' ? svg`<defs>${hatchPattern(`kz-hatch-legend-${index}`)}</defs>` : nothing}
    <rect class="bar bar--${tone}" x="0.75" y="0.75" width="12.5" height="12.5"
      fill=${tone === 'estimate' ? `url(#kz-hatch-legend-${index})` : nothing}></rect>
  </svg>`;

export const renderTable = (table: TableModel, shown = false) => html`<table part="table"
  class=${shown ? 'data-table' : 'visually-hidden'}>
  <caption>${table.caption}</caption>
  <thead>
    <tr>${table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr>
  </thead>
  <tbody>
    ${table.rows.map(
      (r) => html`<tr><th scope="row">${r.header}</th>${r.cells.map((c) => html`<td>${c}</td>`)}</tr>`,
    )}
  </tbody>
</table>`;

/**
 * The newsroom frame around a chart: title stating the finding, subtitle with measure and
 * period, optional headline figure and legend above the plot, notes and source below, and the
 * accessible summary and data table. Text is always rendered as text, never as HTML.
 */
export function frame(p: FrameProps, extras: FrameExtras = {}) {
  const { chart } = p;
  return html`<figure class="frame" lang=${p.lang} title="" aria-labelledby="title" aria-describedby="summary">
    <div class="title" part="title" id="title" role="heading" aria-level="3">${p.title}</div>
    <p class="subtitle" part="subtitle">${p.subtitle}</p>
    ${p.headline ? html`<p class="headline" part="headline">${p.headline}</p>` : nothing}
    <p class="visually-hidden" id="summary">${p.description}</p>
    ${p.notice ? html`<p class="notice" part="notice" role="status">${p.notice}</p>` : nothing}
    ${p.legend?.length
      ? html`<ul class="legend" part="legend">
          ${p.legend.map((item, i) => html`<li>${swatch(item.tone, i)}<span>${item.label}</span></li>`)}
        </ul>`
      : nothing}
    <div class="plot-area" tabindex="-1"
      ${cssomStyle({ 'min-height': `${chart.minHeight}px`, 'max-height': `${chart.maxHeight}px` })}>
      <svg class="plot" part="chart" role="group" tabindex="-1" aria-label=${p.navigation} width=${chart.width}
        height=${chart.height} viewBox="0 0 ${chart.width} ${chart.height}"
        @keydown=${extras.marks?.handlers.onKeyDown} @focusin=${extras.marks?.handlers.onFocusIn}
        @focusout=${extras.marks?.handlers.onFocusOut} @pointerover=${extras.marks?.handlers.onPointerOver}
        @pointerout=${extras.marks?.handlers.onPointerOut} @pointerdown=${extras.marks?.handlers.onPointerDown}
      >${chart.svg}</svg>
      ${extras.marks?.tooltip ? tooltip(chart, extras.marks.tooltip) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${extras.marks?.announcement ?? ''}</p>
    </div>
    ${renderTable(p.table, extras.tableToggle?.shown ?? false)}
    ${(p.notes ?? []).map((n) => html`<p class="note" part="note">${noteText(n, p.notePrefix)}</p>`)}
    <div class="source-row">
      <p class="source" part="source">${p.source}</p>
      ${extras.tableToggle
        ? html`<button class="table-toggle" type="button" aria-expanded=${extras.tableToggle.shown ? 'true' : 'false'}
            @click=${extras.tableToggle.onToggle}>${extras.tableToggle.label}</button>`
        : nothing}
      ${extras.menu ?? nothing}
    </div>
  </figure>`;
}

export interface ErrorFrameProps {
  lang: Lang;
  heading: string;
  messages: string[];
}

/** What a reader sees instead of a chart when the input cannot be drawn. */
export const errorFrame = (p: ErrorFrameProps) =>
  html`<div class="error" part="error" role="alert" lang=${p.lang}>
    <strong>${p.heading}</strong>
    ${p.messages.map((m) => html`<p>${m}</p>`)}
  </div>`;
