import type { Lang } from '../data/types.js';
import { createFormatter, type Formatter } from './format.js';
import { en, type Messages } from './messages/en.js';
import { kk } from './messages/kk.js';
import { ru } from './messages/ru.js';

export type { Messages, Formatter };
export { LANGS, normalizeLang, resolveLang, SCRIPTS, type ResolvedLang } from './resolve-lang.js';

export const messages: Record<Lang, Messages> = { kk, ru, en };

/** Everything a chart needs to speak one language. */
export interface Locale {
  lang: Lang;
  t: Messages;
  f: Formatter;
}

const cache = new Map<Lang, Locale>();

export function getLocale(lang: Lang): Locale {
  let locale = cache.get(lang);
  if (!locale) {
    locale = { lang, t: messages[lang], f: createFormatter(lang, messages[lang]) };
    cache.set(lang, locale);
  }
  return locale;
}
