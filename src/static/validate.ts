import { LANGS } from '../i18n/index.js';
import { widgets, WIDGET_TAGS } from '../widgets/index.js';
import { TEXT_OVERRIDES } from '../widgets/overrides.js';
import type { StaticOptions } from './options.js';
import { MIN_WIDTH } from '../controllers/size.js';

/** A static picture has one palette: `auto` (the reader's colour scheme) needs a live widget. */
const STATIC_THEMES = ['light', 'dark'] as const;
const MAX_WIDTH = 2400;
/** Attributes every widget takes besides its own; `lang` and `theme` are options of their own. */
const COMMON_ATTRIBUTES = [...TEXT_OVERRIDES, 'src', 'src-timeout', 'no-menu'];

const has = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);

/**
 * What is wrong with the options of a static render, one message per problem, empty when they
 * can be used. The command line prints the same messages for its flags. The tag goes into
 * markup as an element name and the attribute names as names, so both come from fixed lists:
 * escaping cannot make a name safe. `width: false` for renderers that draw nothing.
 */
export function optionProblems(options: Partial<StaticOptions>, { width = true } = {}): string[] {
  const problems: string[] = [];
  const { tag, lang, theme, attributes } = options;
  if (!has(WIDGET_TAGS, tag)) {
    problems.push(!tag ? 'no widget given' : `unknown widget "${String(tag)}"; accepted: ${WIDGET_TAGS.join(', ')}`);
  }
  if (lang !== undefined && !has(LANGS, lang)) problems.push(`unknown language "${String(lang)}"; accepted: ${LANGS.join(', ')}`);
  if (theme !== undefined && !has(STATIC_THEMES, theme)) problems.push(`unknown theme "${String(theme)}"; accepted: ${STATIC_THEMES.join(', ')}`);
  const w = options.width as unknown;
  if (width && !(typeof w === 'number' && w >= MIN_WIDTH && w <= MAX_WIDTH)) {
    problems.push(`width "${String(w)}" is not a number from ${MIN_WIDTH} to ${MAX_WIDTH}`);
  }
  if (attributes !== undefined && (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes))) {
    problems.push('attributes must be an object of attribute names and text values');
  } else if (attributes && has(WIDGET_TAGS, tag)) {
    const accepted = [...widgets[tag!].attributes, ...COMMON_ATTRIBUTES];
    for (const [name, value] of Object.entries(attributes)) {
      // An attribute without a value is not written, whatever its name.
      if (value == null) continue;
      if (!accepted.includes(name)) problems.push(`unknown attribute "${name}" for ${tag}; accepted: ${accepted.join(', ')}`);
      else if (typeof value !== 'string') problems.push(`attribute "${name}" must be text, not ${typeof value}`);
    }
  }
  return problems;
}

/** Throws one Error naming every problem with the options: a caller's mistake, not a chart to draw. */
export function assertOptions(options: Partial<StaticOptions>, needs?: { width?: boolean }): void {
  const problems = optionProblems(options, needs);
  if (problems.length) throw new Error(problems.join('. '));
}
