import { recoveryData, type RecoveryData } from '../data/widgets.js';
import { recoveryFigure } from '../charts/recovery.js';
import { selectAll, type Widget } from './types.js';

export const recoveryWidget: Widget<Record<string, never>, RecoveryData> = {
  tag: 'kz-recovery',
  attributes: [],
  data: recoveryData,
  parse: () => ({ options: {}, problems: [] }),
  select: selectAll,
  figure: (_options, data, context) => recoveryFigure({ ...context, data }),
  source: (t) => t.yoy.source,
};
