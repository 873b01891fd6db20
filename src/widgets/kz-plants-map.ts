import { plantsMapMessages } from '../i18n/messages/widgets/plants-map.js';
import { plantsMapData } from '../data/widgets.js';
import { plantsMapFigure } from '../charts/plants-map.js';
import { plainWidget } from './types.js';

export const plantsMapWidget = plainWidget('kz-plants-map', plantsMapData, plantsMapFigure, (lang) => plantsMapMessages[lang].source);
