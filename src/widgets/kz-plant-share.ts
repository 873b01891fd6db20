import { bundledShareData } from '../data/widgets.js';
import { plantShareFigure } from '../charts/plant-share.js';
import type { Widget } from './types.js';
import { shareTable } from '../data/schema.js';

export const plantShareWidget: Widget<Record<string, never>> = {
  tag: 'kz-plant-share',
  attributes: [],
  parse: () => ({ options: {}, problems: [] }),
  figure: (_options, context) => plantShareFigure({ ...context, data: bundledShareData() }),
  table: (_options, { t }) => shareTable(bundledShareData(), t.plantShare.source),
};
