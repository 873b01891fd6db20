import { outputValueMessages } from '../i18n/messages/widgets/output-value.js';
import { OUTPUT_ANNOTATIONS, outputValueData, type OutputAnnotation, type OutputValueData } from '../data/widgets.js';
import { outputValueFigure } from '../charts/output-value.js';
import { selectAll, type Widget } from './types.js';

export interface OutputValueOptions {
  annotations: readonly OutputAnnotation[];
}

/** Shown unless the page asks otherwise: the two figures the issue of scale turns on. */
export const DEFAULT_ANNOTATIONS: readonly OutputAnnotation[] = ['average-growth', 'car-market'];

export const outputValueWidget: Widget<OutputValueOptions, OutputValueData> = {
  tag: 'kz-output-value',
  attributes: ['annotations'],
  data: outputValueData,
  parse({ annotations: raw }) {
    if (raw == null) return { options: { annotations: DEFAULT_ANNOTATIONS }, problems: [] };
    const asked = raw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    if (asked.length === 1 && asked[0] === 'none') return { options: { annotations: [] }, problems: [] };
    const unknown = asked.filter((a) => !(OUTPUT_ANNOTATIONS as readonly string[]).includes(a));
    if (unknown.length) return { problems: [{ code: 'unknown-annotations', values: unknown, accepted: OUTPUT_ANNOTATIONS }] };
    return { options: { annotations: OUTPUT_ANNOTATIONS.filter((a) => asked.includes(a)) }, problems: [] };
  },
  select: selectAll,
  figure: ({ annotations }, data, context) => outputValueFigure({ ...context, data, annotations }),
  source: (lang) => outputValueMessages[lang].source,
};
