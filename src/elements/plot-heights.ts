/**
 * Plot heights given to widgets drawn before, by everything the height depends on (see
 * ChartElement's plotHeightGuess), so a widget like one drawn before draws once, at that height.
 * A handful of entries on any real page; cleared past 200 so a page that makes widgets at many
 * widths does not grow it for ever.
 */
const heights = new Map<string, number>();

export const guessedPlotHeight = (key: string): number | undefined => heights.get(key);

export function rememberPlotHeight(key: string, height: number): void {
  if (heights.size >= 200) heights.clear();
  heights.set(key, height);
}
