import { dealerSalesData, type DealerSalesData } from '../data/widgets.js';
import { dealerSalesFigure } from '../charts/dealer-sales.js';
import { selectAll, type Widget } from './types.js';

export const dealerSalesWidget: Widget<Record<string, never>, DealerSalesData> = {
  tag: 'kz-dealer-sales',
  attributes: [],
  data: dealerSalesData,
  parse: () => ({ options: {}, problems: [] }),
  select: selectAll,
  figure: (_options, data, context) => dealerSalesFigure({ ...context, data }),
  source: (t) => t.yoy.source,
};
