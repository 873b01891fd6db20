import { plantShareMessages } from '../i18n/messages/widgets/plant-share.js';
import { shareData } from '../data/widgets.js';
import { plantShareFigure } from '../charts/plant-share.js';
import { plainWidget } from './types.js';

export const plantShareWidget = plainWidget('kz-plant-share', shareData, plantShareFigure, (lang) => plantShareMessages[lang].source);
