import { svg } from 'lit';
import { geoConicEqualAreaRaw } from 'd3-geo';
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
const RADIANS = Math.PI / 180;
/** Albers-type equal-area conic for Kazakhstan: standard parallels 45° and 52° N, centred on 67° E. */
const conic = geoConicEqualAreaRaw(45 * RADIANS, 52 * RADIANS);
const CENTRAL_MERIDIAN = 67;

/** Unit projection, y pointing down as on screen. */
const raw = ([lon, lat]: [number, number]): [number, number] => {
  const [x, y] = conic((lon - CENTRAL_MERIDIAN) * RADIANS, lat * RADIANS);
  return [x, -y];
};

/**
 * The projection scaled and moved so the country fills the box, as d3-geo's `fitExtent` would
 * do. Only the raw projection comes from d3-geo: a country this size needs no clipping or
 * resampling, and leaving out `geoPath` and the projection pipeline saves ~5 KB gzip.
 */
function fitProjection([[x0, y0], [x1, y1]]: [[number, number], [number, number]]) {
  const points = (kazakhstanOutline.coordinates.flat(2) as unknown as [number, number][]).map(raw);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((x1 - x0) / (maxX - minX), (y1 - y0) / (maxY - minY));
  const dx = x0 + ((x1 - x0) - k * (maxX - minX)) / 2 - k * minX;
  const dy = y0 + ((y1 - y0) - k * (maxY - minY)) / 2 - k * minY;
  return (p: [number, number]): [number, number] => {
    const [x, y] = raw(p);
    return [dx + k * x, dy + k * y];
  };
}

function layout({ places, width, activeMark = 0 }: LocatorMapProps, k: number, L: Layout): Laid {
  const { fontSize } = L;
  const r = Math.max(9, fontSize * 0.85);
  const line = fontSize * 1.4;
  // The map keeps its shape; extra height goes to the gaps between the entries below it.
  const mapHeight = Math.round(Math.min(width * MAP_ASPECT, 420));
  const projection = fitProjection([[r + 2, r + 2], [width - r - 2, mapHeight - r - 2]]);
  const path = kazakhstanOutline.coordinates
    .flatMap((polygon) => polygon.map((ring) => `M${ring.map((p) => projection(p as [number, number]).map((v) => v.toFixed(1)).join(',')).join('L')}Z`))
    .join('');
  const marks: MarkInfo[] = [];
  const markers = places.map((p, i) => {
    const [x, y] = projection([p.longitude, p.latitude]);
    const info: MarkInfo = { ...p.mark, x: x - r, y: y - r, width: 2 * r, height: 2 * r, row: i, column: 0 };
    marks.push(info);
    // The label goes on the side with more room, so it stays inside the map's box.
    const left = x > width / 2;
    const labelWidth = estimateTextWidth(p.shortLabel, fontSize, true);
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
    const heading = wrapText(p.heading, textWidth, fontSize, true);
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
    content: svg`<path class="land" d=${path} aria-hidden="true"></path>${markers}${entries}`,
  };
}
