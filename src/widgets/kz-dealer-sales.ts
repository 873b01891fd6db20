import { yoyMessages } from '../i18n/messages/widgets/yoy.js';
import { dealerSalesData } from '../data/widgets.js';
import { dealerSalesFigure } from '../charts/dealer-sales.js';
import { plainWidget } from './types.js';

export const dealerSalesWidget = plainWidget('kz-dealer-sales', dealerSalesData, dealerSalesFigure, (lang) => yoyMessages[lang].source);
