import { brandsData, type BrandsData } from '../data/widgets.js';
import { brandsFigure } from '../charts/brands.js';
import { selectAll, type Widget } from './types.js';

export const brandsWidget: Widget<Record<string, never>, BrandsData> = {
  tag: 'kz-brands',
  attributes: [],
  data: brandsData,
  parse: () => ({ options: {}, problems: [] }),
  select: selectAll,
  figure: (_options, data, context) => brandsFigure({ ...context, data }),
  source: (t) => t.brands.source,
};
