import type { Lang } from '../data/types.js';
import type { WidgetTag } from '../widgets/types.js';

export interface StaticOptions {
  tag: WidgetTag;
  lang?: Lang;
  theme?: 'light' | 'dark';
  /** Width to draw at, in CSS pixels. */
  width: number;
  /** The widget's own attributes, e.g. `{ mode: 'change' }`. */
  attributes?: Record<string, string | undefined>;
  /** Your own data, as for the element's `data` property: rows in the widget's schema, or parsed CSV. */
  data?: unknown;
}

