// The floor: what a careful engineer would write by hand for this one chart, with the same tools
// (Lit and a d3 scale) and nothing else: no languages, no menu, no data table, no dataset. It
// draws the same grouped bars as <kz-auto-yoy> (a label line over each group's two bars, value
// labels at the bar ends, a legend, a title) and, like it, takes its width from a ResizeObserver.
import { LitElement, css, html, svg } from 'lit';
import { scaleLinear } from 'd3-scale';
import { drawElement, resizeElement } from './element-waits.js';

const BAR = 18;
const BAR_GAP = 4;
const LABEL_LINE = 20;
const GROUP_GAP = 14;
const LABEL_RESERVE = 64;
const TONES = ['previous', 'current'];

class BenchFloor extends LitElement {
  static properties = { data: { attribute: false }, width: { state: true } };

  static styles = css`
    :host { display: block; font: 14px system-ui, sans-serif; color: #1f2937; min-height: 330px; }
    h2 { font-size: 17px; margin: 0 0 6px; }
    .legend { display: flex; gap: 14px; margin: 0 0 8px; padding: 0; list-style: none; font-size: 13px; }
    .legend span { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px; box-sizing: border-box; }
    .legend .previous { background: #e4e7ec; border: 1px solid #667085; }
    .legend .current { background: #1d4ed8; }
    rect.previous { fill: #e4e7ec; stroke: #667085; stroke-width: 1; }
    rect.current { fill: #1d4ed8; }
    text { font-size: 13px; fill: #1f2937; }
    .category { font-weight: 600; }
    line { stroke: #667085; }
  `;

  constructor() {
    super();
    this.width = 0;
    // The height is fixed by the stylesheet, so drawing never changes the observed size.
    this.observer = new ResizeObserver(([entry]) => {
      this.width = Math.floor(entry.contentRect.width);
    });
  }

  connectedCallback() {
    super.connectedCallback();
    this.observer.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  render() {
    const { data } = this;
    if (!data) return html``;
    // The first render measures at once, so the chart is drawn before the first paint.
    const width = this.width || Math.floor(this.clientWidth);
    if (!width) return html``;
    const x = scaleLinear()
      .domain([0, Math.max(...data.series.flatMap((s) => s.values))])
      .range([0, width - LABEL_RESERVE]);
    const groupHeight = LABEL_LINE + data.series.length * (BAR + BAR_GAP) - BAR_GAP;
    const height = data.segments.length * (groupHeight + GROUP_GAP) - GROUP_GAP;
    const groups = data.segments.map((segment, i) => {
      const top = i * (groupHeight + GROUP_GAP);
      const bars = data.series.map((s, j) => {
        const y = top + LABEL_LINE + j * (BAR + BAR_GAP);
        const w = x(s.values[i]);
        return svg`<rect class=${TONES[j]} x="0" y=${y} width=${w} height=${BAR}></rect>
          <text x=${w + 4} y=${y + BAR / 2} dy="0.35em">${s.labels[i]}</text>`;
      });
      return svg`<g><text class="category" x="0" y=${top + 14}>${segment}</text>${bars}
        <line x1="0.5" x2="0.5" y1=${top + LABEL_LINE} y2=${top + groupHeight}></line></g>`;
    });
    return html`<figure style="margin:0">
      <h2>${data.title}</h2>
      <ul class="legend">${data.series.map((s, j) => html`<li><span class=${TONES[j]}></span>${s.name}</li>`)}</ul>
      <svg class="plot" width=${width} height=${height} role="img" aria-label=${data.title}>${groups}</svg>
    </figure>`;
  }
}
customElements.define('bench-floor', BenchFloor);

/** An element not yet waited for (the 200-widget page appends them all at once). */
export function create(data) {
  const el = document.createElement('bench-floor');
  el.data = data;
  return el;
}

export const draw = (container, data) => drawElement(create(data), container);
export const resize = resizeElement;
