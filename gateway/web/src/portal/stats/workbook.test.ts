import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { QUARTER } from './fixture.test-data'
import { buildWorkbook, displayWidth, fileName } from './workbook'

async function roundTrip(locale: string): Promise<ExcelJS.Workbook> {
  const buffer = await buildWorkbook(QUARTER, locale).xlsx.writeBuffer()
  const read = new ExcelJS.Workbook()
  await read.xlsx.load(buffer as ArrayBuffer)
  return read
}

function values(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  // ExcelJS rows are 1-based with an empty slot 0
  return (sheet.getRow(row).values as unknown[]).slice(1)
}

describe('the .xlsx export', () => {
  it('has one sheet per table with Chinese headers when the UI is Chinese', async () => {
    const book = await roundTrip('zh-CN')
    expect(book.worksheets.map((s) => s.name)).toEqual(['按中心', '按类别', '按渠道', '按月份'])

    const centers = book.getWorksheet('按中心')!
    expect(centers.getCell('A1').value).toBe(
      '民治街道（longhua.minzhi） 矛盾纠纷调解统计（2026-01-01 至 2026-03-31，北京时间） 数据生成于 2026-11-24 23:02',
    )
    expect(centers.getCell('A1').isMerged).toBe(true)
    expect(values(centers, 2)).toEqual([
      '中心', '编码', '层级', '受理', '重复并案', '调解终结', '调解成功', '调解不成', '调解成功率', '撤回',
      '到期时限', '超期', '超期率', '预警', '完成阶段', '平均每阶段用时（天）',
    ])
    // a street concludes but never receives; a rate with nothing concluded is an empty cell
    expect(values(centers, 3)).toEqual(['民治街道', 'longhua.minzhi', '街道', 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 24])
    const baishilong = centers.getRow(4)
    expect(baishilong.getCell(9).value).toBeNull()
    expect(baishilong.getCell(13).value).toBeNull()
    expect(values(centers, 5)).toEqual(['民乐社区', 'longhua.minzhi.minle', '社区', 3, 1, 2, 1, 1, 0.5, 0, 3, 0, 0, 0, 2, 2.3])
    expect(values(centers, 6)).toEqual([
      '合计', 'longhua.minzhi', undefined, 5, 1, 3, 2, 1, 0.6667, 1, 4, 1, 0.25, 1, 4, 7.6,
    ])
    expect(centers.rowCount).toBe(6)
    expect(centers.getCell('I6').numFmt).toBe('0.0%')
    expect(centers.getCell('M6').numFmt).toBe('0.0%')
    expect(centers.getCell('P6').numFmt).toBe('0.0')
    expect(centers.getCell('A6').font?.bold).toBe(true)
    expect(centers.getColumn(16).width).toBeGreaterThanOrEqual(displayWidth('平均每阶段用时（天）'))
  })

  it('breaks received down by category and channel for the centers that received any', async () => {
    const book = await roundTrip('zh-CN')
    const categories = book.getWorksheet('按类别')!
    expect(values(categories, 2)).toEqual([
      '中心', '编码', '劳动争议', '物业纠纷', '邻里纠纷', '婚姻家庭', '房屋租赁', '交通事故', '消费纠纷', '合同/债务',
      'RETIRED_X', '受理合计',
    ])
    // the street (received 0) has no row
    expect(values(categories, 3)).toEqual(['白石龙社区', 'longhua.minzhi.baishilong', 0, 1, 0, 0, 0, 0, 0, 0, 1, 2])
    expect(values(categories, 4)).toEqual(['民乐社区', 'longhua.minzhi.minle', 2, 0, 1, 0, 0, 0, 0, 0, 0, 3])
    expect(values(categories, 5)).toEqual(['合计', 'longhua.minzhi', 2, 1, 1, 0, 0, 0, 0, 0, 1, 5])

    const channels = book.getWorksheet('按渠道')!
    expect(values(channels, 2)).toEqual(['中心', '编码', '网格员上报', '中心窗口登记', '部门平台移交', '受理合计'])
    expect(values(channels, 5)).toEqual(['合计', 'longhua.minzhi', 2, 1, 2, 5])
  })

  it('lists the months, then the whole period as totals', async () => {
    const book = await roundTrip('zh-CN')
    const months = book.getWorksheet('按月份')!
    expect(values(months, 2)[0]).toBe('月份')
    expect(values(months, 3).slice(0, 4)).toEqual(['2026年1月', 0, 0, 0])
    expect(values(months, 5)).toEqual(['2026年3月', 4, 1, 2, 1, 1, 0.5, 0, 4, 1, 0.25, 0, 0])
    expect(months.getCell('N5').value).toBeNull()
    expect(values(months, 6).slice(0, 2)).toEqual(['合计', 5])
    expect(months.rowCount).toBe(6)
  })

  it('speaks English when the UI does', async () => {
    const book = await roundTrip('en')
    expect(book.worksheets.map((s) => s.name)).toEqual(['By center', 'By category', 'By channel', 'By month'])
    const centers = book.getWorksheet('By center')!
    expect(String(centers.getCell('A1').value)).toBe(
      'Dispute mediation statistics, 民治街道 (longhua.minzhi), 2026-01-01 to 2026-03-31 (Beijing time) generated 2026-11-24 23:02',
    )
    expect(values(centers, 2).slice(0, 6)).toEqual(['Center', 'Code', 'Level', 'Received', 'Duplicates', 'Concluded'])
    expect(values(centers, 5).slice(0, 3)).toEqual(['民乐社区', 'longhua.minzhi.minle', 'Community'])
    expect(values(book.getWorksheet('By category')!, 2).slice(2, 4)).toEqual(['Labour', 'Property management'])
    expect(values(book.getWorksheet('By month')!, 3)[0]).toBe('2026-01')
  })

  it('names the file after scope and period', () => {
    expect(fileName(QUARTER, 'zh-CN')).toBe('解纷统计_longhua.minzhi_2026-01-01_2026-03-31.xlsx')
    expect(fileName(QUARTER, 'en')).toBe('dispute-statistics_longhua.minzhi_2026-01-01_2026-03-31.xlsx')
  })
})
