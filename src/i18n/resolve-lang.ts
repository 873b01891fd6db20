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
 * The element's own `lang`, else its closest ancestor with `lang`, else the document's, else
 * English. Only the element's own value is an error when unsupported: a page in another
 * language is simply a page we answer in English.
 */
export function resolveLang(host: Element): ResolvedLang {
  const own = host.getAttribute('lang');
  const ownLang = normalizeLang(own);
  const inherited =
    normalizeLang(host.parentElement?.closest('[lang]')?.getAttribute('lang')) ??
    normalizeLang(host.ownerDocument?.documentElement.getAttribute('lang')) ??
    'en';
  if (ownLang) return { lang: ownLang };
  if (own !== null && own.trim() !== '') return { lang: inherited, rejected: own };
  return { lang: inherited };
}
