import type { StatsData } from './types'
import { buildWorkbook, fileName } from './workbook'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Builds the workbook in the browser and saves it (this module and ExcelJS load on first export). */
export async function downloadXlsx(data: StatsData, locale: string): Promise<string> {
  const buffer = await buildWorkbook(data, locale).xlsx.writeBuffer()
  const url = URL.createObjectURL(new Blob([buffer], { type: XLSX }))
  const name = fileName(data, locale)
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = name
    document.body.appendChild(link)
    link.click()
    link.remove()
  } finally {
    // some browsers read the blob after click() returns
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return name
}
