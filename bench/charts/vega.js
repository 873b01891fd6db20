// Vega-Lite through vega-embed: a grouped horizontal bar chart with text labels and a legend.
import embed from 'vega-embed';

export async function draw(container, data, { width, height }) {
  const div = document.createElement('div');
  container.append(div);
  const values = data.series.flatMap((s) => s.values.map((value, i) => ({ segment: data.segments[i], series: s.name, value, label: s.labels[i] })));
  const encoding = {
    y: { field: 'segment', type: 'nominal', sort: data.segments, title: null },
    yOffset: { field: 'series', sort: data.series.map((s) => s.name) },
    x: { field: 'value', type: 'quantitative', title: null },
  };
  const result = await embed(
    div,
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      description: data.title,
      width: width - 190,
      height: height - 60,
      data: { values },
      encoding,
      layer: [
        { mark: { type: 'bar', stroke: '#667085', strokeWidth: 0.5 }, encoding: { color: { field: 'series', scale: { range: ['#e4e7ec', '#1d4ed8'] }, legend: { orient: 'top' } } } },
        { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { text: { field: 'label' } } },
      ],
    },
    { actions: false, renderer: 'svg' },
  );
  return result;
}

export async function resize(result, container, width) {
  container.style.width = `${width}px`;
  await result.view.width(width - 190).runAsync();
}
