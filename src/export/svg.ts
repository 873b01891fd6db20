import type { FrameProps } from '../charts/frame.js';
import { figureSvg, PAD } from '../static/figure-svg.js';
import type { Theme } from '../styles/palette.js';

/** The live plot's contents as SVG markup, without Lit's marker comments. */
export function plotMarkup(plot: SVGSVGElement): string {
  const serializer = new XMLSerializer();
  return [...plot.childNodes]
    .filter((n) => n.nodeType !== Node.COMMENT_NODE)
    .map((n) => serializer.serializeToString(n))
    .join('')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
}

/** The widget as a standalone SVG document, as the static renderer would draw it. */
export function exportSvg(figure: FrameProps, plot: SVGSVGElement, theme: Theme): string {
  return figureSvg(figure, plotMarkup(plot), figure.chart.width + 2 * PAD, theme);
}
