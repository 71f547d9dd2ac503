// The 12-month trend as a small line chart (uPlot). The chart is decoration for sighted readers; the same figures
// are in the table beside it, which is what assistive technology reads.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

let plot = null;

export function drawTrend(container, trend, labels) {
  const x = trend.map((_, i) => i);
  const data = [x, trend.map((m) => m.disputes), trend.map((m) => m.complaints)];
  const width = Math.min(container.clientWidth || 640, 900);
  if (plot) plot.destroy();
  plot = new uPlot({
    width,
    height: 240,
    scales: { x: { time: false } },
    axes: [
      { values: (_, ticks) => ticks.map((i) => trend[i]?.month ?? '') },
      { values: (_, ticks) => ticks.map((v) => (Number.isInteger(v) ? v : '')) },
    ],
    series: [
      {},
      { label: labels.disputes, stroke: '#0b4f8a', width: 2, points: { show: true } },
      { label: labels.complaints, stroke: '#a4161a', width: 2, dash: [6, 4], points: { show: true } },
    ],
    cursor: { show: false },
    legend: { live: false },
  }, data, container);
}
