import type { FrameProps } from '../charts/frame.js';
import type { Locale } from '../i18n/index.js';
import type { Attributes } from './types.js';
import { xmlSafe } from '../data/xml-safe.js';

/** The texts newsrooms always change, as attributes on every widget. */
export const TEXT_OVERRIDES = ['title', 'subtitle', 'source', 'note'] as const;

/**
 * A figure with the newsroom's own title, subtitle, source or note in place of ours. The
 * values are text: Lit renders them as text, never as HTML. An empty value keeps ours.
 */
export function applyOverrides(figure: FrameProps, attributes: Attributes, { t }: Locale): FrameProps {
  const value = (name: string) => xmlSafe(attributes[name] ?? '').trim() || undefined;
  const note = value('note');
  const source = value('source');
  return {
    ...figure,
    title: value('title') ?? figure.title,
    subtitle: value('subtitle') ?? figure.subtitle,
    source: source ? t.source(source) : figure.source,
    // A page's own note replaces ours, but not a conflict the source itself contains.
    notes: note ? [...(figure.notes ?? []).filter((n) => typeof n !== 'string'), note] : figure.notes,
  };
}
