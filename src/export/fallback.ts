import type { FrameProps } from '../charts/frame.js';
import { noteText } from '../charts/note.js';
import { escapeAttribute, escapeText as escape } from '../static/markup.js';

/**
 * Plain HTML that says what the chart says (title, subtitle, the data table, notes, source),
 * to put inside the element: readers without JavaScript, feed readers and search engines see
 * it, and the widget replaces it once its script runs.
 */
export function fallbackHtml(figure: FrameProps): string {
  const { table } = figure;
  const lines = [
    `<figure lang="${escapeAttribute(figure.lang)}">`,
    `  <figcaption><strong>${escape(figure.title)}</strong><br>${escape(figure.subtitle)}</figcaption>`,
    '  <table>',
    `    <caption>${escape(table.caption)}</caption>`,
    `    <tr>${table.columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr>`,
    ...table.rows.map((r) => `    <tr><th scope="row">${escape(r.header)}</th>${r.cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`),
    '  </table>',
    ...(figure.notes ?? []).map((n) => `  <p>${escape(noteText(n, figure.notePrefix))}</p>`),
    `  <p>${escape(figure.source)}</p>`,
    '</figure>',
  ];
  return lines.join('\n');
}
