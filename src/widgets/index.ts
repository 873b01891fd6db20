import { yoyWidget } from './kz-auto-yoy.js';
import { plantShareWidget } from './kz-plant-share.js';
import { dealerSalesWidget } from './kz-dealer-sales.js';
import { outputValueWidget } from './kz-output-value.js';
import { recoveryWidget } from './kz-recovery.js';
import { plantsMapWidget } from './kz-plants-map.js';
import { brandsWidget } from './kz-brands.js';
import { factWidget } from './kz-fact.js';
import type { AnyWidget, WidgetTag } from './types.js';

export type { Widget, WidgetTag, Attributes, DrawContext, AnyWidget } from './types.js';

/** Every widget, by tag: what the static renderers and the embed builder iterate over. */
export const widgets: Record<WidgetTag, AnyWidget> = {
  'kz-auto-yoy': yoyWidget as AnyWidget,
  'kz-plant-share': plantShareWidget as AnyWidget,
  'kz-dealer-sales': dealerSalesWidget as AnyWidget,
  'kz-output-value': outputValueWidget as AnyWidget,
  'kz-recovery': recoveryWidget as AnyWidget,
  'kz-plants-map': plantsMapWidget as AnyWidget,
  'kz-brands': brandsWidget as AnyWidget,
  'kz-fact': factWidget as AnyWidget,
};

export const WIDGET_TAGS = Object.keys(widgets) as WidgetTag[];
