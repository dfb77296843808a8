import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type { ComposeOption } from 'echarts/core'
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components'
import { labelsFor } from './labels'
import { categoryName, centerName, channelName, monthName } from './tables'
import type { StatsData } from './types'

/**
 * The charts' ECharts options, built from the API's JSON without touching ECharts itself (so they
 * are tested in Node). Rates are drawn as percentages, the API's fractions × 100.
 */
type Option = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>
  & Record<string, unknown>

export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000 + 1e-9) / 10
}

/** Received by category, the largest first (a horizontal bar: Chinese names are long). */
export function categoryChart(data: StatsData, locale: string): Option {
  const entries = Object.entries(data.report.total.receivedByCategory)
    .map(([code, n]) => ({ name: categoryName(code, locale, data.categoryNames), n }))
    .sort((a, b) => a.n - b.n) // ECharts draws the y axis bottom-up: largest ends on top
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: entries.map((e) => e.name) },
    series: [
      {
        type: 'bar',
        name: labelsFor(locale).columns.received,
        data: entries.map((e) => e.n),
        label: { show: true, position: 'right' },
        itemStyle: { color: '#409eff' },
      },
    ],
  }
}

export function channelChart(data: StatsData, locale: string): Option {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        name: labelsFor(locale).columns.received,
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        // a channel with nothing received keeps its legend entry but draws no label over the others
        data: Object.entries(data.report.total.receivedByChannel).map(([code, n]) => ({
          name: channelName(code, locale),
          value: n,
          ...(n === 0 ? { label: { show: false }, labelLine: { show: false } } : {}),
        })),
      },
    ] as never,
  }
}

/** Counts by month on the left axis, the two rates (%) on the right. */
export function monthChart(data: StatsData, locale: string): Option {
  const l = labelsFor(locale).columns
  const totals = data.months.map((m) => m.report.total)
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: data.months.map((m) => monthName(m.month, locale)) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: l.received, data: totals.map((f) => f.received) },
      { type: 'bar', name: l.concluded, data: totals.map((f) => f.concluded) },
      { type: 'bar', name: l.overdue, data: totals.map((f) => f.overdue) },
      { type: 'line', name: l.settledRate, yAxisIndex: 1, connectNulls: true, data: totals.map((f) => percent(f.settledRate)) },
      { type: 'line', name: l.overdueRate, yAxisIndex: 1, connectNulls: true, data: totals.map((f) => percent(f.overdueRate)) },
    ],
  }
}

export function centerChart(data: StatsData, locale: string): Option {
  const l = labelsFor(locale).columns
  const centers = data.report.centers
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: centers.map(centerName), axisLabel: { interval: 0, rotate: centers.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: l.received, data: centers.map((c) => c.figures.received) },
      { type: 'bar', name: l.settled, data: centers.map((c) => c.figures.settled) },
      { type: 'bar', name: l.failed, data: centers.map((c) => c.figures.failed) },
      { type: 'bar', name: l.overdue, data: centers.map((c) => c.figures.overdue) },
    ],
  }
}

/** Average days per stage at each center that completed a stage, with the scope's own average. */
export function stagesChart(data: StatsData, locale: string, scopeAverage: string): Option {
  const centers = data.report.centers.filter((c) => c.figures.averageStageDays !== null)
  const average = data.report.total.averageStageDays
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: centers.map(centerName), axisLabel: { interval: 0, rotate: centers.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        name: labelsFor(locale).columns.averageStageDays,
        data: centers.map((c) => c.figures.averageStageDays),
        label: { show: true, position: 'top' },
        itemStyle: { color: '#e6a23c' },
        markLine:
          average === null
            ? undefined
            : { symbol: 'none', data: [{ yAxis: average, name: scopeAverage }], label: { position: 'insideEndTop', formatter: `${scopeAverage} {c}` } },
      },
    ],
  }
}

/**
 * Whether a chart has anything to draw (else the screen shows "no data" in its place): a count
 * above zero, or for averages (`zeroCounts`) any value at all — 0.0 days is a real average.
 */
export function hasData(option: Option, zeroCounts = false): boolean {
  const series = (option.series ?? []) as { data?: unknown[] }[]
  return series.some((s) =>
    (s.data ?? []).some((d) => {
      const value = typeof d === 'object' && d !== null ? (d as { value: unknown }).value : d
      return typeof value === 'number' && (zeroCounts || value > 0)
    }),
  )
}
