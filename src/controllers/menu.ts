import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/index.js';

export const EXPORT_ACTIONS = ['svg', 'png', 'csv', 'embed'] as const;
export type ExportAction = (typeof EXPORT_ACTIONS)[number];

/** How long "Saved …" stays on screen (screen readers have announced it by then). */
const STATUS_SECONDS = 6;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * The download-and-share menu: a button that opens a list of actions, operable by keyboard as
 * a menu button should be (Enter, Space or ↓ open it; ↑ ↓ Home End move; Escape or Tab close it
 * and focus returns to the button), closing on a click elsewhere.
 */
export class MenuController implements ReactiveController {
  open = false;
  /** Announced to screen readers after an action. */
  status = '';
  /** Shown for copying by hand where the clipboard is blocked. */
  manualCopy = '';
  private focusIndex = -1;
  private statusTimer = 0;
  private listening?: Document;

  constructor(
    private readonly host: Host,
    private readonly run: (action: ExportAction) => Promise<string>,
    /** Called as the menu opens, to have ready what its actions need. */
    private readonly prepare?: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close(false);
    clearTimeout(this.statusTimer);
  }

  hostUpdated(): void {
    if (this.focusIndex < 0) return;
    const items = this.items();
    items[(this.focusIndex + items.length) % items.length]?.focus();
    this.focusIndex = -1;
  }

  render(t: Messages['menu'], title: string) {
    return html`<div class="menu" part="menu">
      <button class="menu-button" type="button" aria-haspopup="menu" aria-expanded=${this.open ? 'true' : 'false'}
        aria-label=${t.label(title)} @click=${this.toggle} @keydown=${this.onButtonKey}>
        ${t.button}<span aria-hidden="true"> ▾</span>
      </button>
      ${this.open
        ? html`<ul class="menu-list" role="menu" aria-label=${t.button} @keydown=${this.onMenuKey}
            @focusout=${this.onFocusOut}>
            ${EXPORT_ACTIONS.map(
              (action) => html`<li role="none">
                <button type="button" role="menuitem" tabindex="-1" data-action=${action}
                  @click=${() => this.choose(action)}>${t[action]}</button>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${this.manualCopy
        ? html`<div class="menu-copy">
            <label>${t.copyByHand}<textarea readonly rows="3" @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}
              .value=${this.manualCopy}></textarea></label>
          </div>`
        : nothing}
      <p class="menu-status" role="status" ?hidden=${!this.status}>${this.status}</p>
    </div>`;
  }

  private items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('.menu-list [role=menuitem]')];
  }

  private readonly toggle = () => (this.open ? this.close(true) : this.show(0));

  private show(focus: number) {
    this.prepare?.();
    this.open = true;
    this.manualCopy = '';
    this.focusIndex = focus;
    // The document the widget is in now (it may have been moved into an iframe); kept, so the
    // listener comes off the same document however the widget moves meanwhile.
    this.listening = this.host.ownerDocument;
    this.listening.addEventListener('pointerdown', this.onOutside, true);
    this.host.requestUpdate();
  }

  private close(refocus: boolean) {
    if (!this.open) return;
    this.open = false;
    this.listening?.removeEventListener('pointerdown', this.onOutside, true);
    this.listening = undefined;
    this.host.requestUpdate();
    if (refocus) {
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLElement>('.menu-button')?.focus(),
      );
    }
  }

  private async choose(action: ExportAction) {
    this.close(true);
    this.status = await this.run(action);
    this.host.requestUpdate();
    // The confirmation floats over the chart's foot: let it go once it has been read.
    clearTimeout(this.statusTimer);
    this.statusTimer = window.setTimeout(() => {
      this.status = '';
      this.host.requestUpdate();
    }, STATUS_SECONDS * 1000);
  }

  /** Where the clipboard refuses, the code is offered in a text box to copy by hand. */
  offerManualCopy(code: string) {
    this.manualCopy = code;
    this.host.requestUpdate();
  }

  private readonly onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.show(e.key === 'ArrowDown' ? 0 : -1);
    }
  };

  private readonly onMenuKey = (e: KeyboardEvent) => {
    const items = this.items();
    const index = items.indexOf(e.target as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      items[(moves[e.key]! + items.length) % items.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.close(true);
    } else if (e.key === 'Tab') {
      this.close(false);
    }
  };

  private readonly onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    if (next && !this.host.renderRoot.querySelector('.menu')?.contains(next)) this.close(false);
  };

  private readonly onOutside = (e: PointerEvent) => {
    if (!e.composedPath().includes(this.host)) this.close(false);
  };
}
