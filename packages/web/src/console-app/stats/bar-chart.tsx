/**
 * A horizontal bar chart drawn with Chart.js (only the bar pieces and the tooltip are registered;
 * no plugin that loads anything). Each bar carries its own words at its end ("< 5" for a suppressed
 * count, drawn as an empty bar). The canvas is hidden from screen readers: the table beside it
 * holds the same numbers.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { useEffect, useRef } from 'react';
import { wrapLabel } from './stats-view.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarPoint { readonly value: number | null; readonly suppressed: boolean; readonly text: string }
export interface BarSeries { readonly name: string; readonly points: readonly BarPoint[] }

interface BarChartProps {
  readonly labels: readonly string[];
  readonly series: readonly BarSeries[];
}

const LINE = 16;
const COLOURS = ['--accent', '--ink'] as const;

/** Writes each bar's words just past its end. */
const barTexts: Plugin<'bar'> = {
  id: 'jikimBarTexts',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.textBaseline = 'middle';
    ctx.fillStyle = cssVar('--ink', '#1d1b22');
    chart.data.datasets.forEach((dataset, d) => {
      const texts = (dataset as unknown as { texts: readonly string[] }).texts;
      chart.getDatasetMeta(d).data.forEach((bar, i) => {
        const text = texts[i];
        if (text) ctx.fillText(text, bar.x + 6, bar.y);
      });
    });
    ctx.restore();
  },
};

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export function BarChart({ labels, series }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const wrapped = labels.map((l) => wrapLabel(l, 14));
  const lines = wrapped.reduce((n, l) => n + Math.max(l.length, series.length), 0);
  const height = Math.max(120, lines * LINE + labels.length * 14 + 40);

  useEffect(() => {
    if (!canvas.current) return;
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.size = 13;
    Chart.defaults.color = cssVar('--ink', '#1d1b22');
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: wrapped,
        datasets: series.map((s, n) => {
          const colour = cssVar(COLOURS[n % COLOURS.length] ?? '--accent', '#5b3cc4');
          return {
            label: s.name,
            data: s.points.map((p) => p.value),
            texts: s.points.map((p) => p.text),
            backgroundColor: s.points.map((p) => (p.suppressed ? 'transparent' : colour)),
            borderColor: colour,
            borderWidth: s.points.map((p) => (p.suppressed ? 2 : 0)),
          };
        }),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { right: 56 } },
        scales: { x: { beginAtZero: true, suggestedMax: 5, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } },
        plugins: {
          tooltip: { callbacks: { label: (item) => `${series.length > 1 ? `${item.dataset.label ?? ''}: ` : ''}${(item.dataset as unknown as { texts: string[] }).texts[item.dataIndex] ?? ''}` } },
        },
      },
      plugins: [barTexts],
    });
    return () => chart.destroy();
    // Drawn again whenever its numbers change (`wrapped` follows `labels`; the page memoises both).
  }, [labels, series]);

  return (
    <div className="st-chart" aria-hidden="true" style={{ height: `${height}px` }}>
      <canvas ref={canvas} />
    </div>
  );
}
