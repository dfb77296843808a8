import ExcelJS from 'exceljs'
import { labelsFor } from './labels'
import { buildTables, scopeTitle, type Kind, type Table } from './tables'
import type { StatsData } from './types'

/**
 * The .xlsx export as offices report upward: one sheet per table (by center, by category, by
 * channel, by month), each with the title row naming scope and period (row 1), the header row
 * (row 2), one row per center or month, and the totals row last. Numbers stay numbers; rates are
 * fractions shown as 0.0 %. Pure: stats JSON + locale in, workbook out (the browser writes it).
 */
export const TITLE_ROW = 1
export const HEADER_ROW = 2

const FORMATS: Record<Kind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  rate: '0.0%',
  days: '0.0',
}

export function buildWorkbook(data: StatsData, locale: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Jiefen'
  workbook.created = new Date(data.report.generatedAt)
  const title = `${scopeTitle(data, locale)} ${labelsFor(locale).generatedAt} ${beijingTime(data.report.generatedAt)}`
  for (const table of buildTables(data, locale)) addSheet(workbook, table, title)
  return workbook
}

function addSheet(workbook: ExcelJS.Workbook, table: Table, title: string): void {
  const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] })
  const width = table.columns.length

  sheet.getCell(TITLE_ROW, 1).value = title
  sheet.getCell(TITLE_ROW, 1).font = { bold: true, size: 13 }
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, width)
  sheet.getRow(TITLE_ROW).height = 24

  const header = sheet.getRow(HEADER_ROW)
  table.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1)
    cell.value = column.header
    cell.font = { bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
    cell.border = { bottom: { style: 'thin' } }
  })

  const body = [...table.rows, ...(table.total ? [table.total] : [])]
  body.forEach((values, r) => {
    const row = sheet.getRow(HEADER_ROW + 1 + r)
    table.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1)
      const value = values[column.key]
      // an undefined rate (nothing concluded, no clock due) stays an empty cell, not a 0 %
      cell.value = value ?? null
      const format = FORMATS[column.kind]
      if (format) cell.numFmt = format
    })
  })
  if (table.total) {
    const totals = sheet.getRow(HEADER_ROW + body.length)
    totals.font = { bold: true }
    table.columns.forEach((_, i) => (totals.getCell(i + 1).border = { top: { style: 'thin' } }))
  }

  table.columns.forEach((column, i) => {
    const texts = [column.header, ...body.map((v) => shown(v[column.key], column.kind))]
    sheet.getColumn(i + 1).width = Math.min(40, Math.max(8, ...texts.map(displayWidth)) + 2)
  })
}

function shown(value: unknown, kind: Kind): string {
  if (value === null || value === undefined) return ''
  if (kind === 'rate' && typeof value === 'number') return `${(value * 100).toFixed(1)}%`
  return String(value)
}

/** Characters a column needs: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return width
}

/** yyyy-MM-dd HH:mm in Beijing time. */
function beijingTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`
}

/** 解纷统计_longhua.minzhi_2026-01-01_2026-03-31.xlsx */
export function fileName(data: StatsData, locale: string): string {
  const { scope, period } = data.report
  return `${labelsFor(locale).file}_${scope}_${period.from}_${period.to}.xlsx`
}
