// Every element, from the package's main entry imported for its effect alone.
import 'kz-auto-charts';

// Typed as KzFact through HTMLElementTagNameMap.
const fact = document.querySelector('kz-fact');
if (fact) fact.compare = 'dealer-sales-2015';
