import { brandsData } from '../data/widgets.js';
import { brandsFigure } from '../charts/brands.js';
import { plainWidget } from './types.js';

export const brandsWidget = plainWidget('kz-brands', brandsData, brandsFigure, (t) => t.brands.source);
