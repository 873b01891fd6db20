import type { Lang } from '../data/types.js';

export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** `kk`, `kk-KZ`, `ru_RU`, `EN` → the language we speak, or undefined. */
export function normalizeLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}

export interface ResolvedLang {
  lang: Lang;
  /** The element's own `lang` value when we cannot speak it; reported to the reader. */
  rejected?: string;
}

/**
 * The element a node inherits its language from, as HTML defines it: its parent element, or,
 * at the top of a shadow tree, that tree's host (another component the widget sits inside).
 */
export function parentOrHost(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  // Node types, not `instanceof`: a widget moved into an iframe meets that window's classes.
  if (parent.nodeType === 1) return parent as Element;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return null;
}

/** The closest `lang` attribute above `host`, crossing shadow roots. */
function ancestorLang(host: Element): string | null {
  for (let el = parentOrHost(host); el; el = parentOrHost(el)) {
    const value = el.getAttribute('lang');
    if (value !== null) return value;
  }
  return null;
}

/**
 * The element's own `lang`, else its closest ancestor with `lang` (across the shadow roots of
 * components it sits in), else the document's, else English. Only the element's own value is
 * an error when unsupported: a page in another language is simply a page we answer in English.
 */
export function resolveLang(host: Element): ResolvedLang {
  const own = host.getAttribute('lang');
  const ownLang = normalizeLang(own);
  const inherited =
    normalizeLang(ancestorLang(host)) ??
    normalizeLang(host.ownerDocument?.documentElement.getAttribute('lang')) ??
    'en';
  if (ownLang) return { lang: ownLang };
  if (own !== null && own.trim() !== '') return { lang: inherited, rejected: own };
  return { lang: inherited };
}
