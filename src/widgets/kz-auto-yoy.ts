import { yoyMessages } from '../i18n/messages/widgets/yoy.js';
import { SEGMENTS, yoyData, type SegmentKey, type YoyData } from '../data/widgets.js';
import { yoyFigure, YOY_MODES, type YoyMode } from '../charts/yoy.js';
import type { Problem } from './problems.js';
import type { Widget } from './types.js';

export interface YoyOptions {
  mode: YoyMode;
  /** Vehicle types asked for by the `segments` attribute; all the data has when absent. */
  segments?: SegmentKey[];
}

export const yoyWidget: Widget<YoyOptions, YoyData> = {
  tag: 'kz-auto-yoy',
  attributes: ['mode', 'segments'],
  data: yoyData,

  parse({ mode: rawMode, segments: rawSegments }) {
    const problems: Problem[] = [];
    const mode = (rawMode ?? '').trim().toLowerCase() || 'units';
    if (!(YOY_MODES as readonly string[]).includes(mode)) {
      problems.push({ code: 'unknown-option', option: 'mode', value: rawMode ?? '', accepted: YOY_MODES });
    }
    let segments: SegmentKey[] | undefined;
    if (rawSegments != null) {
      const asked = rawSegments.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
      const unknown = asked.filter((s) => !(SEGMENTS as readonly string[]).includes(s));
      if (unknown.length) problems.push({ code: 'unknown-segments', values: unknown, accepted: SEGMENTS });
      else if (asked.length === 0) problems.push({ code: 'no-segments', accepted: SEGMENTS });
      segments = SEGMENTS.filter((s) => asked.includes(s));
    }
    return problems.length ? { problems } : { options: { mode: mode as YoyMode, ...(segments ? { segments } : {}) }, problems };
  },

  select({ segments }, data) {
    if (!segments) return { data, problems: [] };
    const missing = segments.filter((s) => !data.segments.some((d) => d.key === s));
    if (missing.length) return { problems: [{ code: 'segments-not-in-data', values: missing }] };
    return { data: { ...data, segments: data.segments.filter((s) => segments.includes(s.key)) }, problems: [] };
  },

  figure: ({ mode, segments }, data, context) =>
    yoyFigure({ ...context, data, mode, subset: !!segments && segments.length < SEGMENTS.length }),
  source: (lang) => yoyMessages[lang].source,
};
