import { yoyWidget } from './kz-auto-yoy.js';
import { plantShareWidget } from './kz-plant-share.js';
import type { Widget, WidgetTag } from './types.js';

export type { Widget, WidgetTag, Attributes, DrawContext } from './types.js';

/** Every widget, by tag: what the static renderers and the embed builder iterate over. */
export const widgets: Record<WidgetTag, Widget<unknown>> = {
  'kz-auto-yoy': yoyWidget as Widget<unknown>,
  'kz-plant-share': plantShareWidget as Widget<unknown>,
};

export const WIDGET_TAGS = Object.keys(widgets) as WidgetTag[];
