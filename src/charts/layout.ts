/** The chart font size the spacing below was designed at, in px. */
export const BASE_FONT = 13;

/**
 * Spacing of the bar charts for a chart font size: everything scales with the text, so a
 * reader's 200 % text zoom gives bigger labels with room for them rather than clipped ones.
 */
export function layoutFor(fontSize = BASE_FONT) {
  const s = fontSize / BASE_FONT;
  return {
    fontSize,
    /** Height of the line holding a group's label above its bars. */
    labelLine: 22 * s,
    /** Gap between that label's baseline and the bars. */
    labelRise: 7 * s,
    /** Height of the extra line an annotation takes when it cannot share the label's line. */
    annotationLine: 18 * s,
    bar: 22 * s,
    barGap: 4 * s,
    groupGap: 16 * s,
    labelPad: 6 * s,
  };
}
