import { plantsMapData, type PlantsMapData } from '../data/widgets.js';
import { plantsMapFigure } from '../charts/plants-map.js';
import { selectAll, type Widget } from './types.js';

export const plantsMapWidget: Widget<Record<string, never>, PlantsMapData> = {
  tag: 'kz-plants-map',
  attributes: [],
  data: plantsMapData,
  parse: () => ({ options: {}, problems: [] }),
  select: selectAll,
  figure: (_options, data, context) => plantsMapFigure({ ...context, data }),
  source: (t) => t.plantsMap.source,
};
