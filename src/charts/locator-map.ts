import { svg } from 'lit';
import { geoConicEqualAreaRaw } from 'd3-geo';
import { kazakhstanOutline } from '../data/kazakhstan-outline.js';
import { estimateTextWidth, wrapText } from './text-width.js';
import { fitChart, type Laid, type Layout } from './fit.js';
import { markRect } from './mark.js';
import { placeLabels, type Box, type LabelRequest } from './map-labels.js';
import type { ChartResult, MarkInfo, MarkText, PlotSize } from './types.js';

export interface MapPlaceView {
  key: string;
  /** Shown beside the marker on the map, e.g. the city. */
  shortLabel: string;
  /** Under the short label: one figure for the place, as short as it can be said, and its period. */
  figure: string[];
  latitude: number;
  longitude: number;
  mark: MarkText;
}

/** A city drawn for orientation only (a capital, the largest city): a dot and its name, no data. */
export interface MapReference {
  name: string;
  latitude: number;
  longitude: number;
}

export interface LocatorMapProps extends PlotSize {
  places: MapPlaceView[];
  references?: MapReference[];
}

/**
 * Kazakhstan's outline in an equal-area conic projection centred on the country, a marker at
 * each place labelled on the map with its name and one figure (the rest are in its tooltip and
 * the table), and a few cities as small reference points so a reader can tell where it is.
 */
export function locatorMap(props: LocatorMapProps): ChartResult {
  return fitChart(props, (k, L) => layout(props, k, L));
}

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

/**
 * The map's height at a width: taller than the country's shape on a phone, so the labels have
 * room above and below it; capped on a desktop, where a locator map needs no more.
 */
const mapHeight = (width: number, fontSize: number) => Math.round(Math.min(Math.max(width * 0.75, 150), 250 * (fontSize / 13)));

function layout({ places, references = [], width, activeMark = 0 }: LocatorMapProps, k: number, L: Layout): Laid {
  const { fontSize } = L;
  const r = Math.max(5, fontSize * 0.45);
  const line = Math.round(fontSize * 1.25);
  const small = Math.round(fontSize * 0.85);
  // Spare height (up to half as much again) goes to the map, which keeps its shape and grows with it.
  const height = mapHeight(width, fontSize) * (1 + 0.6 * (k - 1));
  const margin = Math.min(line, width * 0.04);
  const projection = fitProjection([[margin, margin], [width - margin, height - margin]]);
  const path = kazakhstanOutline.coordinates
    .flatMap((polygon) => polygon.map((ring) => `M${ring.map((p) => projection(p as [number, number]).map((v) => v.toFixed(1)).join(',')).join('L')}Z`))
    .join('');
  const labelWidth = Math.max(90, Math.min(200, width * 0.42));
  const marks: MarkInfo[] = [];
  const at = places.map((p) => projection([p.longitude, p.latitude]));
  const markerBoxes: Box[] = at.map(([x, y]) => ({ x: x - r, y: y - r, w: 2 * r, h: 2 * r }));
  const dot = Math.max(2.5, fontSize * 0.2);
  // A reference city on top of a place (an own plant in Almaty) would only crowd its marker.
  const refs = references
    .map((c) => ({ c, p: projection([c.longitude, c.latitude]) }))
    .filter(({ p }) => at.every(([x, y]) => Math.hypot(x - p[0], y - p[1]) > 3 * r + line));
  const requests: LabelRequest[] = [
    ...places.map((p, i) => {
      const lines = [
        { text: p.shortLabel, cls: 'place-label', bold: true },
        ...p.figure.flatMap((f, j) => wrapText(f, labelWidth, j ? small : fontSize, j === 0).map((text) => ({ text, cls: j ? 'place-period' : 'place-figure', bold: j === 0 }))),
      ];
      const sizes = lines.map((l) => (l.cls === 'place-period' ? small : fontSize));
      return {
        anchor: markerBoxes[i]!,
        w: Math.max(...lines.map((l, j) => estimateTextWidth(l.text, sizes[j]!, l.bold))),
        h: lines.length * line,
        lines,
        optional: false,
      };
    }),
    ...refs.map(({ c, p: [x, y] }) => ({
      anchor: { x: x - dot, y: y - dot, w: 2 * dot, h: 2 * dot },
      w: estimateTextWidth(c.name, small),
      h: line,
      lines: [{ text: c.name, cls: 'reference-label', bold: false }],
      optional: true,
    })),
  ];
  const placed = placeLabels(requests, { width, height }, 4);

  const markers = places.map((p, i) => {
    const [x, y] = at[i]!;
    const info: MarkInfo = { ...p.mark, x: x - r, y: y - r, width: 2 * r, height: 2 * r, row: i, column: 0 };
    marks.push(info);
    return markRect(info, i, activeMark, 'marker', undefined, r);
  });
  const dots = refs.map(({ p: [x, y] }, i) =>
    placed[places.length + i] ? svg`<circle class="reference" cx=${x} cy=${y} r=${dot} aria-hidden="true"></circle>` : null,
  );
  // Texts after every mark, so no marker is painted over a label.
  const labels = placed.map((b, i) => {
    if (!b) return null;
    const q = requests[i]!;
    const right = b.x >= q.anchor.x + q.anchor.w;
    const left = b.x + b.w <= q.anchor.x;
    const anchor = right ? 'start' : left ? 'end' : 'middle';
    const tx = right ? b.x : left ? b.x + b.w : b.x + b.w / 2;
    return svg`<g class=${i < places.length ? 'place' : 'reference-place'} aria-hidden="true">${q.lines.map(
      (l, j) => svg`<text class=${l.cls} x=${tx} y=${b.y + (j + 0.5) * line} dy="0.35em" text-anchor=${anchor}>${l.text}</text>`,
    )}</g>`;
  });
  // Leader lines under the markers, which they start from.
  const leaders = placed.map((b, i) => {
    const a = requests[i]!.anchor;
    return b?.leader
      ? svg`<line class="leader" x1=${a.x + a.w / 2} y1=${a.y + a.h / 2} x2=${b.leader[0]} y2=${b.leader[1]} aria-hidden="true"></line>`
      : null;
  });
  const bottom = Math.max(height, ...placed.map((b) => (b ? b.y + b.h : 0)));
  return {
    height: bottom,
    marks,
    content: svg`<path class="land" d=${path} aria-hidden="true"></path>${leaders}${dots}${markers}${labels}`,
  };
}
