import type { Colors } from './palette.js';

/**
 * The hatching of an estimate: thin lines far apart, so an estimate reads lighter than a
 * reported bar (a quarter of its area is ink). The pattern and the contrast test share it.
 */
export const HATCH = { size: 6, line: 1.5 } as const;

/**
 * How chart marks and chart labels look, given colours: custom-property references inside a
 * widget, literal colours in a static SVG. One definition, so both look the same.
 * (No comments inside the rules: they would ship.) The grey bar is 3:1 on its own; its outline
 * keeps it apart from the page in forced colours. The map's land is ground, not a series: the
 * page's colour inside a thin border.
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
.bar--estimate { stroke: ${c.outline}; stroke-width: 1px; }
.hatch-bg { fill: ${c.surface}; }
.hatch-line { stroke: ${c.estimate}; stroke-width: ${HATCH.line}px; }
.bar--down { fill: ${c.down}; }
.bar--up { fill: ${c.up}; }
.bar--other { fill: ${c.rest}; stroke: ${c.outline}; stroke-width: 1px; }
.outline { fill: none; stroke: ${c.outline}; stroke-width: 1px; }
.baseline { stroke: ${c.text}; stroke-width: 1px; }
.group--summary .category { font-weight: 700; }
.land { fill: ${c.surface}; stroke: ${c.outline}; stroke-width: 1px; }
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
