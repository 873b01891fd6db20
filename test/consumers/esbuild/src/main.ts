// Every element from the package's main entry.
import { KzFact } from 'kz-auto-charts';

const fact = document.querySelector('kz-fact');
if (fact && !(fact instanceof KzFact)) throw new Error('<kz-fact> is not a KzFact');
