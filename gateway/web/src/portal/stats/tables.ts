import { labelsFor, type Labels } from './labels'
import type { CenterRow, Figures, StatsData } from './types'

/**
 * The statistics as tables — one model for the screen's tables and the .xlsx sheets, so what
 * staff see is what they send upward. Values stay numbers (rates as fractions); formatting is
 * the renderer's business.
 */
export type Kind = 'text' | 'count' | 'rate' | 'days'
export type Cell = string | number | null

export interface Column {
  key: string
  header: string
  kind: Kind
}

export type TableKey = 'centers' | 'categories' | 'channels' | 'months'

export interface Table {
  key: TableKey
  /** sheet name in the export */
  title: string
  columns: Column[]
  rows: Record<string, Cell>[]
  /** the totals row (the API's `total`), null when a table has none */
  total: Record<string, Cell> | null
}

/** The figures every center and month row shows, in this order. */
export const FIGURES: { key: keyof Figures; kind: Kind }[] = [
  { key: 'received', kind: 'count' },
  { key: 'duplicates', kind: 'count' },
  { key: 'concluded', kind: 'count' },
  { key: 'settled', kind: 'count' },
  { key: 'failed', kind: 'count' },
  { key: 'settledRate', kind: 'rate' },
  { key: 'withdrawn', kind: 'count' },
  { key: 'clocksDue', kind: 'count' },
  { key: 'overdue', kind: 'count' },
  { key: 'overdueRate', kind: 'rate' },
  { key: 'warned', kind: 'count' },
  { key: 'stagesCompleted', kind: 'count' },
  { key: 'averageStageDays', kind: 'days' },
]

export function categoryName(code: string, locale: string, serverNames: Record<string, string>): string {
  const labels = labelsFor(locale)
  // the server's list is the authority, but it names categories in Chinese only
  return locale.startsWith('zh')
    ? serverNames[code] ?? labels.categories[code] ?? code
    : labels.categories[code] ?? serverNames[code] ?? code
}

export function channelName(code: string, locale: string): string {
  return labelsFor(locale).channels[code] ?? code
}

export function centerName(row: CenterRow): string {
  return row.centerName ?? row.centerCode
}

/** "2026年3月" / "2026-03" */
export function monthName(month: string, locale: string): string {
  if (!locale.startsWith('zh')) return month
  const [y, m] = month.split('-').map(Number)
  return `${y}年${m}月`
}

function figureColumns(labels: Labels): Column[] {
  return FIGURES.map((f) => ({ key: f.key, header: labels.columns[f.key as keyof Labels['columns']], kind: f.kind }))
}

function figureCells(f: Figures): Record<string, Cell> {
  return Object.fromEntries(FIGURES.map(({ key }) => [key, f[key] as Cell]))
}

function centersTable(data: StatsData, labels: Labels): Table {
  const { report } = data
  return {
    key: 'centers',
    title: labels.sheets.centers,
    columns: [
      { key: 'center', header: labels.columns.center, kind: 'text' },
      { key: 'code', header: labels.columns.code, kind: 'text' },
      { key: 'level', header: labels.columns.level, kind: 'text' },
      ...figureColumns(labels),
    ],
    rows: report.centers.map((c) => ({
      center: centerName(c),
      code: c.centerCode,
      level: c.level ? labels.levels[c.level] ?? c.level : null,
      ...figureCells(c.figures),
    })),
    total: { center: labels.total, code: report.scope, level: null, ...figureCells(report.total) },
  }
}

/** Centers × one breakdown of `received` (categories or channels), for centers that received any. */
function breakdownTable(
  data: StatsData,
  labels: Labels,
  key: 'categories' | 'channels',
  pick: (f: Figures) => Record<string, number>,
  name: (code: string) => string,
): Table {
  const { report } = data
  const codes = Object.keys(pick(report.total))
  const cells = (f: Figures) => ({
    ...Object.fromEntries(codes.map((code) => [`${key}.${code}`, pick(f)[code] ?? 0])),
    received: f.received,
  })
  return {
    key,
    title: labels.sheets[key],
    columns: [
      { key: 'center', header: labels.columns.center, kind: 'text' },
      { key: 'code', header: labels.columns.code, kind: 'text' },
      ...codes.map((code) => ({ key: `${key}.${code}`, header: name(code), kind: 'count' as const })),
      { key: 'received', header: labels.columns.receivedTotal, kind: 'count' },
    ],
    // streets and the district never receive (received is counted at the community): no empty rows
    rows: report.centers
      .filter((c) => c.figures.received > 0)
      .map((c) => ({ center: centerName(c), code: c.centerCode, ...cells(c.figures) })),
    total: { center: labels.total, code: report.scope, ...cells(report.total) },
  }
}

function monthsTable(data: StatsData, labels: Labels, locale: string): Table {
  return {
    key: 'months',
    title: labels.sheets.months,
    columns: [{ key: 'month', header: labels.columns.month, kind: 'text' }, ...figureColumns(labels)],
    rows: data.months.map((m) => ({ month: monthName(m.month, locale), ...figureCells(m.report.total) })),
    // the whole period's own figures: counts equal the months' sums, rates are not averages of rates
    total: { month: labels.total, ...figureCells(data.report.total) },
  }
}

/** The four tables, in sheet order: by center, by category, by channel, by month. */
export function buildTables(data: StatsData, locale: string): Table[] {
  const labels = labelsFor(locale)
  return [
    centersTable(data, labels),
    breakdownTable(data, labels, 'categories', (f) => f.receivedByCategory, (c) =>
      categoryName(c, locale, data.categoryNames),
    ),
    breakdownTable(data, labels, 'channels', (f) => f.receivedByChannel, (c) => channelName(c, locale)),
    monthsTable(data, labels, locale),
  ]
}

/** A cell as the screen shows it: rates as percentages with one decimal, missing values as a dash. */
export function formatCell(value: Cell, kind: Kind, locale: string): string {
  if (value === null || value === undefined) return kind === 'text' ? '' : '—'
  if (typeof value === 'string') return value
  switch (kind) {
    case 'rate':
      return `${(Math.round(value * 1000 + 1e-9) / 10).toFixed(1)}%`
    case 'days':
      return value.toFixed(1)
    default:
      return value.toLocaleString(locale)
  }
}

/** "民治街道 · 2026-01-01 至 2026-03-31" — the scope and period a report covers. */
export function scopeTitle(data: StatsData, locale: string): string {
  const labels = labelsFor(locale)
  const { report } = data
  const name = data.scopeName ?? report.centers.find((c) => c.centerCode === report.scope)?.centerName
  const scope = name ? `${name}（${report.scope}）` : report.scope
  const period = `${report.period.from} ${labels.periodTo} ${report.period.to}`
  return locale.startsWith('zh')
    ? `${scope} ${labels.title}（${period}，${labels.beijingTime}）`
    : `${labels.title}, ${name ? `${name} (${report.scope})` : report.scope}, ${period} (${labels.beijingTime})`
}
