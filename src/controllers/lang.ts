import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type ResolvedLang } from '../i18n/resolve-lang.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * One observer per root (a document, or the shadow root of a component a widget sits in) for
 * the `lang` attributes in it: when a site switches `<html lang>` or a section's, every widget
 * below follows. Keyed by root, so a widget moved into another document watches that one.
 */
const watched = new Map<Node, { observer: MutationObserver; hosts: Set<LangController> }>();

/** The roots from the widget up to its document: its own, then those of the hosts around it. */
function rootsAbove(host: Element): Node[] {
  const roots: Node[] = [];
  let node: Node | null = host;
  while (node) {
    const root = node.getRootNode();
    roots.push(root);
    node = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return roots;
}

function watch(root: Node, controller: LangController): void {
  let entry = watched.get(root);
  if (!entry) {
    // The root's own window's observer: a widget moved into an iframe watches that document.
    const Observer = (root.ownerDocument ?? (root as Document)).defaultView?.MutationObserver ?? globalThis.MutationObserver;
    if (!Observer) return;
    const hosts = new Set<LangController>();
    const observer = new Observer(() => hosts.forEach((c) => c.recheck()));
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    entry = { observer, hosts };
    watched.set(root, entry);
  }
  entry.hosts.add(controller);
}

function unwatch(root: Node, controller: LangController): void {
  const entry = watched.get(root);
  if (!entry) return;
  entry.hosts.delete(controller);
  if (entry.hosts.size === 0) {
    entry.observer.disconnect();
    watched.delete(root);
  }
}

/**
 * Resolves the language to render in: own `lang`, closest `[lang]` ancestor (across shadow
 * roots), the document's, `en`; and redraws when any of these changes.
 */
export class LangController implements ReactiveController {
  private roots: Node[] = [];
  /** The language last drawn in. */
  private last?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.roots = rootsAbove(this.host);
    for (const root of this.roots) watch(root, this);
    // Moved into another section, component or document: its language may be another.
    this.recheck();
  }

  hostDisconnected(): void {
    for (const root of this.roots) unwatch(root, this);
    this.roots = [];
  }

  /** Redraws if the language the widget would speak has changed. */
  recheck(): void {
    if (this.last !== undefined && resolveLang(this.host).lang !== this.last) this.host.requestUpdate();
  }

  get resolved(): ResolvedLang {
    const resolved = resolveLang(this.host);
    this.last = resolved.lang;
    return resolved;
  }
}
