import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextMark } from '../charts/navigation.js';
import type { MarkInfo } from '../charts/types.js';
import type { MarkHandlers } from '../charts/frame.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };


const markIndex = (e: Event): number | undefined => {
  const target = e.target as Element | null;
  const value = target?.getAttribute?.('data-mark');
  return value == null ? undefined : Number(value);
};

/**
 * Keyboard, pointer and touch access to a chart's data marks: one tab stop per widget (the
 * active mark), arrow keys, Home and End to move, Escape to leave; the same tooltip on focus,
 * hover and tap; and the text a live region announces for the focused mark.
 */
export class MarksController implements ReactiveController {
  /** The mark that holds the tab stop. */
  active = 0;
  /** The mark whose tooltip is open, if any. */
  shown: number | undefined;
  /** What the live region says: the focused mark, in the widget's language. */
  announcement = '';
  private focusPending = false;

  constructor(
    private readonly host: Host,
    private readonly marks: () => readonly MarkInfo[],
    private readonly describe: (mark: MarkInfo) => string,
  ) {
    host.addController(this);
  }

  /** Keeps the tab stop on a mark that exists; false when it had to move. */
  fits(count: number): boolean {
    if (this.active < count) return true;
    this.active = 0;
    this.shown = undefined;
    return false;
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    // Once this update is done: focusing a mark shows its tooltip, itself an update, and one
    // scheduled from inside `updated` makes Lit draw twice in a row.
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<SVGElement>(`[data-mark="${this.active}"]`)?.focus());
  }

  readonly handlers: MarkHandlers = {
    onKeyDown: (e) => {
      if (e.key === 'Escape') {
        if (markIndex(e) === undefined) return;
        e.preventDefault();
        this.show(undefined);
        this.host.renderRoot.querySelector<HTMLElement>('.plot-area')?.focus();
        return;
      }
      const next = nextMark(this.marks(), this.active, e.key);
      if (next === undefined) return;
      e.preventDefault();
      this.active = next;
      this.focusPending = true;
      this.show(next);
    },
    onFocusIn: (e) => {
      const index = markIndex(e);
      if (index === undefined) return;
      this.active = index;
      this.show(index);
    },
    onFocusOut: (e) => {
      const next = e.relatedTarget as Element | null;
      if (next?.getAttribute?.('data-mark') == null) this.show(undefined, false);
    },
    onPointerOver: (e) => {
      const index = markIndex(e);
      if (index !== undefined && e.pointerType === 'mouse') this.show(index);
    },
    onPointerOut: (e) => {
      if (e.pointerType === 'mouse' && markIndex(e) !== undefined) this.show(undefined, false);
    },
    onPointerDown: (e) => {
      // Touch and pen: a tap opens the mark's tooltip, a tap elsewhere in the plot closes it.
      if (e.pointerType === 'mouse') return;
      const index = markIndex(e);
      this.show(index === this.shown ? undefined : index);
    },
  };

  private show(index: number | undefined, announce = true): void {
    // Nothing changes, e.g. focus left a mark that a redraw removed, its tooltip already closed:
    // no update from inside the one that removed it.
    if (!announce && index === this.shown) return;
    this.shown = index;
    const mark = index === undefined ? undefined : this.marks()[index];
    if (announce) this.announcement = mark ? this.describe(mark) : '';
    this.host.requestUpdate();
  }
}
