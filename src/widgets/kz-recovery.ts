import { recoveryMessages } from '../i18n/messages/widgets/recovery.js';
import { recoveryData } from '../data/widgets.js';
import { recoveryFigure } from '../charts/recovery.js';
import { plainWidget } from './types.js';

export const recoveryWidget = plainWidget('kz-recovery', recoveryData, recoveryFigure, (lang) => recoveryMessages[lang].source);
