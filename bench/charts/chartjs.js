// Chart.js: the grouped bar chart with only the parts it needs registered (tree-shaken build).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

// Value labels at the bar ends: Chart.js has none built in (the datalabels plugin is 12 KB more).
const valueLabels = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillStyle = '#1f2937';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, i) => {
      chart.getDatasetMeta(i).data.forEach((bar, j) => ctx.fillText(dataset.labels[j], bar.x + 4, bar.y));
    });
    ctx.restore();
  },
};

export function draw(container, data) {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', data.title);
  container.append(canvas);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.segments,
      datasets: data.series.map((s, i) => ({ label: s.name, data: s.values, labels: s.labels, backgroundColor: i ? '#1d4ed8' : '#e4e7ec', borderColor: '#667085', borderWidth: i ? 0 : 1 })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { right: 60 } },
      plugins: { legend: { position: 'top', align: 'start' } },
      scales: { x: { beginAtZero: true } },
    },
    plugins: [valueLabels],
  });
  return chart;
}

/** Chart.js watches its container itself; the chart is redrawn when its canvas has the new width. */
export function resize(chart, container, width) {
  container.style.width = `${width}px`;
  return new Promise((resolve) => {
    const check = () => (chart.width === width ? resolve() : requestAnimationFrame(check));
    check();
  });
}
