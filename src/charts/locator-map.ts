import { svg } from 'lit';
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { kazakhstanOutline } from '../data/kazakhstan-outline.js';
import { estimateTextWidth, wrapText } from './text-width.js';
import { fitChart, type Laid, type Layout } from './fit.js';
import { markRect } from './mark.js';
import type { ChartResult, MarkInfo, MarkText, PlotSize } from './types.js';

export interface MapPlaceView {
  key: string;
  /** Shown beside the marker on the map, e.g. the city. */
  shortLabel: string;
  /** Heading of the place's entry under the map. */
  heading: string;
  /** Lines under the heading: the figures for the place. */
  lines: string[];
  latitude: number;
  longitude: number;
  mark: MarkText;
}

export interface LocatorMapProps extends PlotSize {
  places: MapPlaceView[];
}

/**
 * Kazakhstan's outline in an equal-area conic projection centred on the country, numbered
 * markers at the places, and under the map a numbered entry per place with its figures, so
 * text never sits on the map where it would collide on a phone.
 */
export function locatorMap(props: LocatorMapProps): ChartResult {
  return fitChart(props, (k, L) => layout(props, k, L));
}

const MAP_ASPECT = 0.52;

function layout({ places, width, activeMark = 0 }: LocatorMapProps, k: number, L: Layout): Laid {
  const { fontSize } = L;
  const r = Math.max(9, fontSize * 0.85);
  const line = fontSize * 1.4;
  // The map keeps its shape; extra height goes to the gaps between the entries below it.
  const mapHeight = Math.round(Math.min(width * MAP_ASPECT, 420));
  const projection = geoConicEqualArea()
    .parallels([45, 52])
    .rotate([-67, 0])
    .fitExtent([[r + 2, r + 2], [width - r - 2, mapHeight - r - 2]], kazakhstanOutline);
  const path = geoPath(projection);
  const marks: MarkInfo[] = [];
  const markers = places.map((p, i) => {
    const [x, y] = projection([p.longitude, p.latitude]) ?? [0, 0];
    const info: MarkInfo = { ...p.mark, x: x - r, y: y - r, width: 2 * r, height: 2 * r, row: i, column: 0 };
    marks.push(info);
    // The label goes on the side with more room, so it stays inside the map's box.
    const left = x > width / 2;
    const labelWidth = estimateTextWidth(p.shortLabel, fontSize);
    const fits = left ? x - r - 4 - labelWidth >= 0 : x + r + 4 + labelWidth <= width;
    return svg`<g class="place">
      ${markRect(info, i, activeMark, 'marker', undefined, r)}
      <text class="marker-number" x=${x} y=${y} dy="0.35em" text-anchor="middle" aria-hidden="true">${i + 1}</text>
      ${fits
        ? svg`<text class="place-label" x=${left ? x - r - 4 : x + r + 4} y=${y} dy="0.35em"
            text-anchor=${left ? 'end' : 'start'} aria-hidden="true">${p.shortLabel}</text>`
        : null}
    </g>`;
  });

  let y = mapHeight + L.groupGap * k;
  const textWidth = width - 2 * r - 8;
  const entries = places.map((p, i) => {
    const top = y;
    const heading = wrapText(p.heading, textWidth, fontSize);
    const body = p.lines.flatMap((l) => wrapText(l, textWidth, fontSize));
    const texts = [...heading.map((t) => ({ t, cls: 'category' })), ...body.map((t) => ({ t, cls: 'value' }))];
    y = top + texts.length * line + L.groupGap * k;
    return svg`<g class="entry" aria-hidden="true">
      <rect class="marker marker--key" x="0" y=${top} width=${2 * r} height=${2 * r} rx=${r}></rect>
      <text class="marker-number" x=${r} y=${top + r} dy="0.35em" text-anchor="middle">${i + 1}</text>
      ${texts.map((x, j) => svg`<text class=${x.cls} x=${2 * r + 8} y=${top + r + j * line} dy="0.35em">${x.t}</text>`)}
    </g>`;
  });

  return {
    height: Math.max(mapHeight, y - L.groupGap * k),
    marks,
    content: svg`<path class="land" d=${path(kazakhstanOutline) ?? ''} aria-hidden="true"></path>${markers}${entries}`,
  };
}
