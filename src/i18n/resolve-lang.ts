import type { Lang } from '../data/types.js';

export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** `kk`, `kk-KZ`, `ru_RU`, `EN` → the language we speak, or undefined. */
export function normalizeLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}

/** The one script each language is drawn in. */
export const SCRIPTS: Readonly<Record<Lang, string>> = { kk: 'Cyrl', ru: 'Cyrl', en: 'Latn' };

/** The script subtag of a language tag (`kk-Latn-KZ` → `Latn`), in its usual case. */
export function scriptOf(value: string): string | undefined {
  // language, up to three 3-letter extlangs, then the script: four letters (BCP 47).
  const subtags = value.trim().split(/[-_]/).slice(1);
  while (subtags.length > 0 && /^[a-z]{3}$/i.test(subtags[0]!)) subtags.shift();
  const script = subtags[0];
  return script && /^[a-z]{4}$/i.test(script) ? script[0]!.toUpperCase() + script.slice(1).toLowerCase() : undefined;
}

export interface ResolvedLang {
  lang: Lang;
  /** The element's own `lang` value when we cannot speak it; reported to the reader. */
  rejected?: string;
  /**
   * The element's own `lang` when we speak the language but not in the script it asks for
   * (`kk-Latn`): drawn in `SCRIPTS[lang]`, and the reader is told.
   */
  otherScript?: { value: string; script: string };
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
  if (ownLang) {
    const script = scriptOf(own!);
    return script && script !== SCRIPTS[ownLang] ? { lang: ownLang, otherScript: { value: own!.trim(), script } } : { lang: ownLang };
  }
  if (own !== null && own.trim() !== '') return { lang: inherited, rejected: own };
  return { lang: inherited };
}
