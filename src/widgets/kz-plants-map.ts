import { plantsMapData } from '../data/widgets.js';
import { plantsMapFigure } from '../charts/plants-map.js';
import { plainWidget } from './types.js';

export const plantsMapWidget = plainWidget('kz-plants-map', plantsMapData, plantsMapFigure, (t) => t.plantsMap.source);
