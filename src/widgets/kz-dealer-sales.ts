import { dealerSalesMessages } from '../i18n/messages/widgets/dealer-sales.js';
import { dealerSalesData } from '../data/widgets.js';
import { dealerSalesFigure } from '../charts/dealer-sales.js';
import { plainWidget } from './types.js';

export const dealerSalesWidget = plainWidget('kz-dealer-sales', dealerSalesData, dealerSalesFigure, (lang) => dealerSalesMessages[lang].source);
