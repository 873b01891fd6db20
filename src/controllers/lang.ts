import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type ResolvedLang } from '../i18n/resolve-lang.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: when a site switches <html lang>, every widget follows.
const hosts = new Set<Host>();
let documentObserver: MutationObserver | undefined;

function watchDocument(): void {
  if (documentObserver || typeof MutationObserver === 'undefined') return;
  documentObserver = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** Resolves the language to render in: own `lang`, closest `[lang]` ancestor, document, `en`. */
export class LangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchDocument();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      documentObserver?.disconnect();
      documentObserver = undefined;
    }
  }

  get resolved(): ResolvedLang {
    return resolveLang(this.host);
  }
}
