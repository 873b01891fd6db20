// Only the data: no element, no lit.
import { getFact } from 'kz-auto-charts/data';

document.title = String(getFact('passenger-production-2016').value);
