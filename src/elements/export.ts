import type { FrameProps } from '../charts/frame.js';
import type { ExportAction } from '../controllers/menu.js';
import { toCsv } from '../data/csv.js';
import type { Table } from '../data/schema.js';
import type { Messages } from '../i18n/index.js';
import { download, fileName } from '../export/files.js';
import { svgToPng } from '../export/png.js';
import { exportSvg } from '../export/svg.js';
import type { Theme } from '../styles/palette.js';

export interface ExportContext {
  host: HTMLElement;
  tag: string;
  figure: FrameProps;
  table: Table;
  plot: SVGSVGElement;
  /** The snippet that embeds this widget as configured; none for data set as a property. */
  embedCode: string | undefined;
  messages: Messages;
  offerManualCopy: (code: string) => void;
}

/** Detail of the `kz-export` event, fired before each download; cancel it to handle the file yourself. */
export interface ExportEventDetail {
  format: ExportAction;
  fileName: string;
  blob: Blob;
}

/** The theme the reader sees, for an exported picture that looks the same. */
function shownTheme(host: HTMLElement): Theme {
  const theme = host.getAttribute('theme')?.toLowerCase();
  if (theme === 'dark') return 'dark';
  return theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Makes the file for a menu action, offers it, and says what happened in the reader's language. */
export async function runExport(action: ExportAction, c: ExportContext): Promise<string> {
  const t = c.messages.menu;
  const lang = c.figure.lang;
  if (action === 'embed') {
    const code = c.embedCode;
    // A snippet without the data would draw other numbers under the page's title.
    if (code === undefined) return t.embedOwnData;
    try {
      await navigator.clipboard.writeText(code);
      return t.copied;
    } catch {
      c.offerManualCopy(code);
      return t.copyByHand;
    }
  }
  try {
    let blob: Blob;
    if (action === 'csv') {
      // A byte-order mark, so spreadsheet programs read the Cyrillic as UTF-8.
      blob = new Blob(['\ufeff', toCsv(c.table.columns, c.table.rows)], { type: 'text/csv;charset=utf-8' });
    } else {
      const svg = exportSvg(c.figure, c.plot, shownTheme(c.host));
      blob = action === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, 2);
    }
    const name = fileName(c.tag, lang, action);
    const detail: ExportEventDetail = { format: action, fileName: name, blob };
    const proceed = c.host.dispatchEvent(new CustomEvent('kz-export', { detail, bubbles: true, composed: true, cancelable: true }));
    if (proceed) download(blob, name);
    return t.saved(name);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`<${c.tag}>: could not export ${action}: ${reason}`);
    return t.failed(action.toUpperCase(), reason);
  }
}
