import { bundledYoyData, SEGMENTS, type SegmentKey } from '../data/widgets.js';
import { yoyFigure, YOY_MODES, type YoyMode } from '../charts/yoy.js';
import type { Problem } from './problems.js';
import type { Widget } from './types.js';
import { yoyTable } from '../data/schema.js';
import type { YoyData } from '../data/widgets.js';

export interface YoyOptions {
  mode: YoyMode;
  segments: SegmentKey[];
}

export const yoyWidget: Widget<YoyOptions> = {
  tag: 'kz-auto-yoy',
  attributes: ['mode', 'segments'],

  parse({ mode: rawMode, segments: rawSegments }) {
    const problems: Problem[] = [];
    const mode = (rawMode ?? '').trim().toLowerCase() || 'units';
    if (!(YOY_MODES as readonly string[]).includes(mode)) {
      problems.push({ code: 'unknown-option', option: 'mode', value: rawMode ?? '', accepted: YOY_MODES });
    }
    let segments: SegmentKey[] = [...SEGMENTS];
    if (rawSegments != null) {
      const asked = rawSegments.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
      const unknown = asked.filter((s) => !(SEGMENTS as readonly string[]).includes(s));
      if (unknown.length) problems.push({ code: 'unknown-segments', values: unknown, accepted: SEGMENTS });
      else if (asked.length === 0) problems.push({ code: 'no-segments', accepted: SEGMENTS });
      segments = SEGMENTS.filter((s) => asked.includes(s));
    }
    return problems.length ? { problems } : { options: { mode: mode as YoyMode, segments }, problems };
  },

  figure({ mode, segments }, context) {
    return yoyFigure({ ...context, data: selectedData(segments), mode });
  },

  table({ segments }, { t }) {
    return yoyTable(selectedData(segments), t.yoy.source);
  },
};

function selectedData(segments: SegmentKey[]): YoyData {
  const data = bundledYoyData();
  const selected = new Set(segments);
  return { ...data, segments: data.segments.filter((s) => selected.has(s.key)) };
}
