import { svg } from 'lit';

/**
 * Hatching that marks an estimate, so estimates differ from reported figures without colour.
 * Each `<svg>` in a shadow root defines its own copy under its own id (ids must stay unique).
 */
export const hatchPattern = (id: string) => svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="6" height="6"
  patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line></pattern>`;
