// One element by its own module, a second created from code, and a figure from the data module.
import 'kz-auto-charts/kz-auto-yoy.js';
import 'kz-auto-charts/kz-plant-share.js';
import { getFact } from 'kz-auto-charts/data';

const yoy = document.querySelector('kz-auto-yoy');
if (yoy) yoy.segments = 'passenger-cars,trucks';

const share = document.createElement('kz-plant-share');
share.lang = 'kk';
document.querySelector('main')?.append(share);

const fact = getFact('passenger-production-2016');
document.querySelector('#fact')!.textContent = `${fact.value} passenger cars made in 2016`;
