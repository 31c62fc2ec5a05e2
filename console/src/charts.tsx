/** ECharts, tree-shaken: only the bar and pie charts, the components they use and the canvas renderer. */
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'preact/hooks';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** A chart that is created once and updated in place (no new instance per update: the big screen runs for days). */
export function Chart(props: { option: ChartOption; class?: string; label: string; dark?: boolean }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    chart.current = echarts.init(el.current!, props.dark ? 'dark' : undefined, { renderer: 'canvas' });
    const resize = () => chart.current?.resize();
    addEventListener('resize', resize);
    return () => {
      removeEventListener('resize', resize);
      chart.current?.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(props.option, { notMerge: true, lazyUpdate: true });
  }, [props.option]);
  return <div ref={el} class={props.class ?? 'chart'} role="img" aria-label={props.label} />;
}

export function barOption(labels: string[], series: { name: string; data: number[] }[], dark = false): ChartOption {
  return {
    backgroundColor: 'transparent',
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: dark ? '#cfe0ff' : '#333' } },
    grid: { left: 40, right: 16, top: 32, bottom: 48 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 5 ? 30 : 0, color: dark ? '#cfe0ff' : '#333' } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: dark ? '#cfe0ff' : '#333' } },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data })),
  };
}

export function rateOption(rate: number | null | undefined, dark = false): ChartOption {
  const r = rate ?? 0;
  return {
    backgroundColor: 'transparent',
    series: [{
      type: 'pie', radius: ['55%', '80%'], label: { show: true, position: 'center', formatter: () => (rate == null ? '—' : `${(r * 100).toFixed(1)}%`), fontSize: 28, color: dark ? '#ffd866' : '#1f7a3d' },
      data: [{ value: r, name: '化解', itemStyle: { color: '#3cb371' } }, { value: 1 - r, name: '未化解', itemStyle: { color: dark ? '#27446e' : '#e0e4ea' } }],
    }],
  };
}
