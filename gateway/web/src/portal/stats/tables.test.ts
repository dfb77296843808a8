import { describe, expect, it } from 'vitest'
import { QUARTER } from './fixture.test-data'
import { buildTables, formatCell, scopeTitle } from './tables'

describe('tables', () => {
  it('shows rates as percentages, days with one decimal, nothing to divide by as a dash', () => {
    expect(formatCell(0.856, 'rate', 'zh-CN')).toBe('85.6%')
    expect(formatCell(0.6667, 'rate', 'zh-CN')).toBe('66.7%')
    expect(formatCell(1, 'rate', 'en')).toBe('100.0%')
    expect(formatCell(null, 'rate', 'en')).toBe('—')
    expect(formatCell(2.25, 'days', 'en')).toBe('2.3')
    expect(formatCell(0, 'days', 'en')).toBe('0.0')
    expect(formatCell(12345, 'count', 'zh-CN')).toBe('12,345')
    expect(formatCell(null, 'text', 'zh-CN')).toBe('')
  })

  it('names the scope and the period', () => {
    expect(scopeTitle(QUARTER, 'zh-CN')).toBe('民治街道（longhua.minzhi） 矛盾纠纷调解统计（2026-01-01 至 2026-03-31，北京时间）')
    expect(scopeTitle({ ...QUARTER, scopeName: null }, 'en')).toBe(
      'Dispute mediation statistics, 民治街道 (longhua.minzhi), 2026-01-01 to 2026-03-31 (Beijing time)',
    )
  })

  it('takes the totals row from the API total, not from adding up rows', () => {
    const [centers, , , months] = buildTables(QUARTER, 'zh-CN')
    expect(centers.total).toMatchObject({ center: '合计', code: 'longhua.minzhi', settledRate: 0.6667, averageStageDays: 7.6 })
    expect(months.total).toMatchObject({ month: '合计', received: 5, overdueRate: 0.25 })
  })

  it('names an unknown center by its code', () => {
    const data = { ...QUARTER, report: { ...QUARTER.report, centers: [{ ...QUARTER.report.centers[2], centerName: null, level: null }] } }
    expect(buildTables(data, 'zh-CN')[0].rows[0]).toMatchObject({ center: 'longhua.minzhi.minle', level: null })
  })
})
