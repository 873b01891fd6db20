import { brandsMessages } from '../i18n/messages/widgets/brands.js';
import { brandsData } from '../data/widgets.js';
import { brandsFigure } from '../charts/brands.js';
import { plainWidget } from './types.js';

export const brandsWidget = plainWidget('kz-brands', brandsData, brandsFigure, (lang) => brandsMessages[lang].source);
