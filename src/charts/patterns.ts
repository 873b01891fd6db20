import { svg } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { HATCH } from '../styles/marks.js';

/**
 * Hatching that marks an estimate, so estimates differ from reported figures without colour:
 * sparse and pale, so an estimate is the lightest mark beside a reported one, never the heaviest.
 * Each `<svg>` defines its own copy under its own id (ids must stay unique in a shadow root).
 * Markup for SVG documents built as text (static rendering, export); the template for widgets.
 */
export const hatchPatternMarkup = (id: string) =>
  `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${HATCH.size}" height="${HATCH.size}" patternTransform="rotate(45)">` +
  `<rect class="hatch-bg" width="${HATCH.size}" height="${HATCH.size}"></rect><line class="hatch-line" x1="${HATCH.size / 2}" y1="0" x2="${HATCH.size / 2}" y2="${HATCH.size}"></line></pattern>`;

// Safe: the id is ours (a constant or an index), never reader or newsroom input.
export const hatchPattern = (id: string) => svg`${unsafeSVG(hatchPatternMarkup(id))}`;
