import type { Colors } from './palette.js';

/**
 * How chart marks and chart labels look, given colours: custom-property references inside a
 * widget, literal colours in a static SVG. One definition, so both look the same.
 */
export const markRules = (c: Colors) => `
.category { fill: ${c.text}; font-weight: 600; }
.value { fill: ${c.text}; font-variant-numeric: tabular-nums; }
.value--current, .value--local { font-weight: 700; }
.value--inverse { fill: ${c['on-accent']}; font-weight: 700; }
.value--down, .annotation--down { fill: ${c.down}; font-weight: 700; }
.value--up, .annotation--up { fill: ${c.up}; font-weight: 700; }
.annotation--local { fill: ${c.accent}; font-weight: 700; }
.bar--current, .bar--local { fill: ${c.accent}; }
.bar--estimate { stroke: ${c.estimate}; stroke-width: 1.5px; }
.hatch-bg { fill: ${c.surface}; }
.hatch-line { stroke: ${c.estimate}; stroke-width: 2.5px; }
.bar--down { fill: ${c.down}; }
.bar--up { fill: ${c.up}; }
/* The light fill alone is under 3:1 against the page; the outline carries the contrast. */
.bar--other { fill: ${c.rest}; stroke: ${c.outline}; stroke-width: 1px; }
.outline { fill: none; stroke: ${c.outline}; stroke-width: 1px; }
.baseline { stroke: ${c.text}; stroke-width: 1px; }
.group--summary .category { font-weight: 700; }
.land { fill: ${c.rest}; stroke: ${c.outline}; stroke-width: 1px; }
.marker { fill: ${c.accent}; stroke: ${c.surface}; stroke-width: 1.5px; }
.marker-number { fill: ${c['on-accent']}; font-weight: 700; }
.place-label { fill: ${c.text}; font-weight: 600; paint-order: stroke; stroke: ${c.surface}; stroke-width: 3px; }
.chip { fill: ${c.surface}; stroke: ${c.outline}; stroke-width: 1px; }
.chip--strong { fill: ${c.accent}; stroke: ${c.accent}; }
.chip-label { fill: ${c.text}; }
.chip-label--strong { fill: ${c['on-accent']}; font-weight: 700; }
.big-number { fill: ${c.text}; font-weight: 700; font-variant-numeric: tabular-nums; }
.big-number-hit { fill: transparent; }
.place-figure { fill: ${c.text}; font-weight: 700; font-variant-numeric: tabular-nums; paint-order: stroke; stroke: ${c.surface}; stroke-width: 3px; }
.place-period, .reference-label { fill: ${c.muted}; font-size: 0.85em; paint-order: stroke; stroke: ${c.surface}; stroke-width: 3px; }
.reference { fill: ${c.muted}; }
.leader { stroke: ${c.muted}; stroke-width: 1px; }
`;
