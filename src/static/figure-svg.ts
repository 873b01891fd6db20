import type { FrameProps } from '../charts/frame.js';
import { noteText } from '../charts/note.js';
import { hatchPatternMarkup } from '../charts/patterns.js';
import type { Tone } from '../charts/types.js';
import { markRules } from '../styles/marks.js';
import { palettes, type Theme } from '../styles/palette.js';
import { escapeAttribute, escapeText } from './markup.js';
import { estimateTextWidth, wrapText } from '../charts/text-width.js';

/** Fonts every system has one of; the SVG embeds text, not glyph outlines. */
const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
export const PAD = 16;


interface Block {
  height: number;
  markup: (y: number) => string;
}

/** Lines of wrapped text as one block. */
function textBlock(text: string, cls: string, width: number, size: number, lineHeight: number, bold = false): Block {
  const lines = wrapText(text, width, size, bold);
  return {
    height: lines.length * lineHeight,
    markup: (y) =>
      lines
        .map((line, i) => `<text class="${cls}" x="${PAD}" y="${y + (i + 1) * lineHeight - (lineHeight - size) / 2 - 2}">${escapeText(line)}</text>`)
        .join(''),
  };
}

function legendBlock(items: { label: string; tone: Tone }[], width: number): Block {
  const size = 13;
  const lineHeight = 20;
  let x = 0;
  let row = 0;
  const placed = items.map((item, i) => {
    const w = 20 + estimateTextWidth(item.label, size);
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const at = { ...item, x, row, id: `legend-hatch-${i}` };
    x += w + 16;
    return at;
  });
  return {
    height: (row + 1) * lineHeight,
    markup: (y) =>
      placed
        .map((p) => {
          const top = y + p.row * lineHeight + 3;
          const fill = p.tone === 'estimate' ? ` fill="url(#${p.id})"` : '';
          const defs = p.tone === 'estimate' ? `<defs>${hatchPatternMarkup(p.id)}</defs>` : '';
          return `${defs}<rect class="bar bar--${p.tone}" x="${PAD + p.x + 0.75}" y="${top + 0.75}" width="12.5" height="12.5"${fill}></rect>` +
            `<text class="legend" x="${PAD + p.x + 20}" y="${top + 11}">${escapeText(p.label)}</text>`;
        })
        .join(''),
  };
}

/**
 * A figure as one standalone SVG document: title, legend, plot, notes and source, as text (not
 * outlines) in system fonts. `plotMarkup` is the plot's contents as SVG markup: from Lit's
 * server renderer in Node, from the live widget when a reader exports it.
 */
export function figureSvg(figure: FrameProps, plotMarkup: string, width: number, theme: Theme = 'light'): string {
  const inner = width - 2 * PAD;
  const colors = palettes[theme];
  const blocks: Block[] = [
    textBlock(figure.title, 'title', inner, 20, 26, true),
    textBlock(figure.subtitle, 'subtitle', inner, 15, 21),
  ];
  if (figure.headline) blocks.push(textBlock(figure.headline, 'headline', inner, 15, 21, true));
  if (figure.notice) blocks.push(textBlock(figure.notice, 'notice', inner, 13, 18));
  if (figure.legend?.length) blocks.push({ height: 8, markup: () => '' }, legendBlock(figure.legend, inner));
  const plot = figure.chart;
  blocks.push({
    height: plot.height + 16,
    markup: (y) => `<g class="plot" transform="translate(${PAD} ${y + 8})">${plotMarkup}</g>`,
  });
  for (const note of figure.notes ?? []) blocks.push(textBlock(noteText(note, figure.notePrefix), 'note', inner, 13, 18));
  blocks.push(textBlock(figure.source, 'source', inner, 13, 18));

  let y = PAD;
  const body = blocks
    .map((b) => {
      const markup = b.markup(y);
      y += b.height;
      return markup;
    })
    .join('\n');
  const height = Math.ceil(y + PAD);
  const background = theme === 'dark' ? colors.surface : '#ffffff';
  // The default text size is the root's, inherited: a rule on `text` would beat the font-size
  // attribute a chart sets on a text (the fact card's big number).
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" lang="${figure.lang}" font-size="13" aria-labelledby="t d">
<title id="t">${escapeText(figure.title)}</title>
<desc id="d">${escapeText(figure.description)}</desc>
<style>
text { font-family: ${FONT_STACK}; fill: ${colors.text}; }
.title { font-size: 20px; font-weight: 700; }
.subtitle { font-size: 15px; fill: ${colors.muted}; }
.headline { font-size: 15px; font-weight: 600; }
.notice { fill: ${colors.error}; }
.note, .source { fill: ${colors.muted}; }
${markRules(colors)}
</style>
<rect width="100%" height="100%" fill="${background}"></rect>
${body}
</svg>
`;
}

/** An SVG that says why a widget could not be drawn, in the widget's language. */
export function errorSvg(heading: string, messages: string[], width: number, lang: string): string {
  const blocks = [heading, ...messages].flatMap((m, i) => wrapText(m, width - 2 * PAD, i === 0 ? 16 : 14, i === 0));
  const height = PAD * 2 + blocks.length * 22;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" lang="${escapeAttribute(lang)}">
<rect width="100%" height="100%" fill="#ffffff" stroke="#b42318" stroke-width="2"></rect>
${blocks.map((line, i) => `<text x="${PAD}" y="${PAD + (i + 1) * 22 - 6}" font-family="${FONT_STACK}" font-size="${i === 0 ? 16 : 14}" fill="#1f2937">${escapeText(line)}</text>`).join('\n')}
</svg>
`;
}

