import { html, nothing, type TemplateResult } from 'lit';
import { noteText, type Note } from './note.js';

/** The "Show table" disclosure: its two labels, whether it is open, and what opening it does. */
export interface TableToggle {
  shown: boolean;
  show: string;
  hide: string;
  onToggle: (open: boolean) => void;
}

export interface FooterProps {
  notes: Note[];
  notePrefix: string;
  source: string;
  tableToggle?: TableToggle;
  menu?: TemplateResult;
}

/**
 * A `<details>` rather than a button, so the table opens on a page that runs no script (a
 * server render): the frame shows the table while it is open (styles/chart.ts). Both labels are
 * written, and the one that does not apply is hidden by CSS, for the same reason.
 */
const toggle = (t: TableToggle) =>
  html`<details class="table-toggle" ?open=${t.shown}
    @toggle=${(e: Event) => {
      const open = (e.currentTarget as HTMLDetailsElement).open;
      if (open !== t.shown) t.onToggle(open);
    }}><summary><span class="when-closed">${t.show}</span><span class="when-open">${t.hide}</span></summary></details>`;

/**
 * What closes every widget, in one order and one style: notes, then the source, then the
 * controls (the table and the download menu), small and light, as text links: after the
 * source on its line where there is room, on a line of their own where there is not.
 */
export const footer = (p: FooterProps) =>
  html`<div class="footer" part="footer">
    ${p.notes.map((n) => html`<p class="note" part="note">${noteText(n, p.notePrefix)}</p>`)}
    <div class="source-row">
      <p class="source" part="source">${p.source}</p>
      ${p.tableToggle || p.menu
        ? html`<div class="controls">${p.tableToggle ? toggle(p.tableToggle) : nothing}${p.menu ?? nothing}</div>`
        : nothing}
    </div>
  </div>`;
