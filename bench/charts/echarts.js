// Apache ECharts: core with only the bar chart, grid, legend and the SVG renderer (tree-shaken build).
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

export function draw(container, data, { width, height }) {
  const div = document.createElement('div');
  div.style.height = `${height}px`;
  container.append(div);
  const chart = init(div, null, { renderer: 'svg', width, height });
  chart.setOption({
    animation: false,
    aria: { enabled: true, label: { description: data.title } },
    legend: { left: 0, top: 0 },
    grid: { left: 110, right: 70, top: 40, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: data.segments, inverse: true },
    series: data.series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      itemStyle: { color: i ? '#1d4ed8' : '#e4e7ec', borderColor: '#667085', borderWidth: i ? 0 : 1 },
      label: { show: true, position: 'right', formatter: ({ dataIndex }) => s.labels[dataIndex] },
    })),
  });
  return chart;
}

export async function resize(chart, container, width) {
  container.style.width = `${width}px`;
  chart.resize({ width });
}
