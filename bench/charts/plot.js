// Observable Plot: the grouped bar chart as faceted horizontal bars with text labels.
import { axisX, barX, plot, ruleX, text } from '@observablehq/plot';

function render(data, width, height) {
  const rows = data.series.flatMap((s) => s.values.map((value, i) => ({ segment: data.segments[i], series: s.name, value, label: s.labels[i] })));
  return plot({
    width,
    height,
    marginLeft: 110,
    marginRight: 70,
    ariaLabel: data.title,
    color: { legend: true, domain: data.series.map((s) => s.name), range: ['#e4e7ec', '#1d4ed8'] },
    fy: { domain: data.segments, label: null },
    y: { axis: null, domain: data.series.map((s) => s.name) },
    marks: [
      barX(rows, { x: 'value', y: 'series', fy: 'segment', fill: 'series', stroke: '#667085', strokeWidth: 0.5 }),
      text(rows, { x: 'value', y: 'series', fy: 'segment', text: 'label', textAnchor: 'start', dx: 4 }),
      axisX({ label: null }),
      ruleX([0]),
    ],
  });
}

export function draw(container, data, { width, height }) {
  const state = { data, height, node: render(data, width, height) };
  container.append(state.node);
  return state;
}

/** Plot draws a static figure: a new width is a new figure. */
export async function resize(state, container, width) {
  container.style.width = `${width}px`;
  const node = render(state.data, width, state.height);
  state.node.replaceWith(node);
  state.node = node;
}
