/**
 * The overview's chart, drawn on the server by ECharts as SVG (no script on
 * the page): per unit, dossiers finished early / on time / late stacked, and
 * those overdue now. The page shows the same figures in a table.
 */
import type { OverviewFigures } from '../../../modules/dossiers/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';

const shorten = (s: string) => (s.length > 28 ? `${s.slice(0, 27)}…` : s);

export async function overviewChartSvg(locale: Locale, figures: OverviewFigures): Promise<string> {
  // ECharts is loaded on the first chart, not at start: it costs about a second of module loading.
  const echarts = await import('echarts');
  const units = figures.units;
  const width = 760;
  const height = Math.max(260, 90 + units.length * 46);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'sans-serif' },
      legend: { top: 0 },
      grid: { left: 200, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: units.map((u) => shorten(u.name)) },
      series: [
        { name: t(locale, 'officeAdmin.overview.early'), type: 'bar', stack: 'done', color: '#00703c', data: units.map((u) => u.counts.early) },
        { name: t(locale, 'officeAdmin.overview.onTime'), type: 'bar', stack: 'done', color: '#1d70b8', data: units.map((u) => u.counts.onTime) },
        { name: t(locale, 'officeAdmin.overview.late'), type: 'bar', stack: 'done', color: '#d4351c', data: units.map((u) => u.counts.late) },
        { name: t(locale, 'officeAdmin.overview.overdue'), type: 'bar', color: '#f47738', data: units.map((u) => u.counts.overdue) },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
