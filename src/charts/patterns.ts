import { svg } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';

/**
 * Hatching that marks an estimate, so estimates differ from reported figures without colour.
 * Each `<svg>` defines its own copy under its own id (ids must stay unique in a shadow root).
 * Markup for SVG documents built as text (static rendering, export); the template for widgets.
 */
export const hatchPatternMarkup = (id: string) =>
  `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
  `<rect class="hatch-bg" width="6" height="6"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line></pattern>`;

// Safe: the id is ours (a constant or an index), never reader or newsroom input.
export const hatchPattern = (id: string) => svg`${unsafeSVG(hatchPatternMarkup(id))}`;
