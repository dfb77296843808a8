import { describe, expect, it } from 'vitest'
import { categoryChart, centerChart, channelChart, hasData, monthChart, percent, stagesChart } from './charts'
import { QUARTER } from './fixture.test-data'

type Series = { name: string; data: unknown[]; markLine?: { data: { yAxis: number }[] } }
const series = (o: { series?: unknown }) => o.series as Series[]

describe('chart options', () => {
  it('draws rates as percentages with one decimal', () => {
    expect(percent(0.6667)).toBe(66.7)
    expect(percent(0.8565)).toBe(85.7)
    expect(percent(null)).toBeNull()
  })

  it('orders categories so the largest is on top, named as the server names them', () => {
    const option = categoryChart(QUARTER, 'zh-CN')
    const names = (option.yAxis as { data: string[] }).data
    expect(names.at(-1)).toBe('劳动争议')
    expect(series(option)[0].data.at(-1)).toBe(2)
    expect(names).toContain('RETIRED_X')
    expect((categoryChart(QUARTER, 'en').yAxis as { data: string[] }).data.at(-1)).toBe('Labour')
  })

  it('splits received by channel', () => {
    expect(series(channelChart(QUARTER, 'zh-CN'))[0].data).toEqual([
      { name: '网格员上报', value: 2 },
      { name: '中心窗口登记', value: 1 },
      { name: '部门平台移交', value: 2 },
    ])
    const none = { ...QUARTER, report: { ...QUARTER.report, total: { ...QUARTER.report.total, receivedByChannel: { GRID_MOBILE: 3, CENTER_PORTAL: 0, PARTNER_TRANSFER: 0 } } } }
    expect(series(channelChart(none, 'zh-CN'))[0].data[1]).toEqual({
      name: '中心窗口登记',
      value: 0,
      label: { show: false },
      labelLine: { show: false },
    })
  })

  it('puts the months on the x axis with counts and rates', () => {
    const option = monthChart(QUARTER, 'zh-CN')
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026年1月', '2026年2月', '2026年3月'])
    const byName = Object.fromEntries(series(option).map((s) => [s.name, s.data]))
    expect(byName['受理']).toEqual([0, 1, 4])
    expect(byName['调解成功率']).toEqual([null, 100, 50])
    expect(byName['超期率']).toEqual([null, null, 25])
  })

  it('compares centers, and draws stage days only where a stage ended, with the scope average', () => {
    expect((centerChart(QUARTER, 'zh-CN').xAxis as { data: string[] }).data).toEqual(['民治街道', '白石龙社区', '民乐社区'])
    const stages = stagesChart(QUARTER, 'zh-CN', '全范围平均')
    expect(series(stages)[0].data).toEqual([24, 2, 2.3])
    expect(series(stages)[0].markLine?.data[0].yAxis).toBe(7.6)
  })

  it('knows when there is nothing to draw', () => {
    expect(hasData(channelChart(QUARTER, 'zh-CN'))).toBe(true)
    const empty = { ...QUARTER, report: { ...QUARTER.report, centers: [] } }
    expect(hasData(centerChart(empty, 'zh-CN'))).toBe(false)
    expect(hasData(stagesChart(empty, 'zh-CN', ''), true)).toBe(false)
    // stages that took less than an hour average 0.0 days: still a figure to draw
    const quick = { ...QUARTER, report: { ...QUARTER.report, centers: [{ ...QUARTER.report.centers[2], figures: { ...QUARTER.report.centers[2].figures, averageStageDays: 0 } }] } }
    expect(hasData(stagesChart(quick, 'zh-CN', ''), true)).toBe(true)
    expect(hasData(stagesChart(quick, 'zh-CN', ''))).toBe(false)
  })
})
