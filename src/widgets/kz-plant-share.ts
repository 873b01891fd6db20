import { shareData, type ShareData } from '../data/widgets.js';
import { plantShareFigure } from '../charts/plant-share.js';
import { selectAll, type Widget } from './types.js';

export const plantShareWidget: Widget<Record<string, never>, ShareData> = {
  tag: 'kz-plant-share',
  attributes: [],
  data: shareData,
  parse: () => ({ options: {}, problems: [] }),
  select: selectAll,
  figure: (_options, data, context) => plantShareFigure({ ...context, data }),
  source: (t) => t.plantShare.source,
};
