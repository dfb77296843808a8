/**
 * The period the screen asks for: a range of whole months or a calendar year, kept in the URL
 * (`?from=2026-01&to=2026-03` or `?year=2026`). The API takes days (at most 366) and has no
 * series, so the months of the period are also asked for one by one (docs/stats.md).
 */
export type Selection = { kind: 'months'; from: string; to: string } | { kind: 'year'; year: number }

/** A span of 12 months is at most 366 days, the API's limit. */
export const MAX_MONTHS = 12

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** Today's date in Beijing (the API counts calendar days there), yyyy-MM-dd. */
export function todayInBeijing(now: Date = new Date()): string {
  // en-CA formats as yyyy-MM-dd
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

function one(value: unknown): string | undefined {
  if (Array.isArray(value)) return one(value[0])
  return typeof value === 'string' ? value : undefined
}

/** The selection the URL names; the current month when it names none (or nothing valid). */
export function selectionFromQuery(query: Record<string, unknown>, today: string): Selection {
  const year = Number(one(query.year))
  if (Number.isInteger(year) && year >= 2000 && year <= 2099) return { kind: 'year', year }
  const current = today.slice(0, 7)
  const from = one(query.from)
  const to = one(query.to)
  const validFrom = from && MONTH.test(from) ? from : undefined
  const validTo = to && MONTH.test(to) ? to : undefined
  return { kind: 'months', from: validFrom ?? validTo ?? current, to: validTo ?? validFrom ?? current }
}

export function selectionToQuery(selection: Selection): Record<string, string | undefined> {
  return selection.kind === 'year'
    ? { year: String(selection.year), from: undefined, to: undefined }
    : { year: undefined, from: selection.from, to: selection.to }
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number)
  // day 0 of the next month is the last day of this one
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${month}-${String(day).padStart(2, '0')}`
}

/** The first and last day (both included) to send as `from` and `to`. */
export function periodOf(selection: Selection): { from: string; to: string } {
  if (selection.kind === 'year') return { from: `${selection.year}-01-01`, to: `${selection.year}-12-31` }
  return { from: `${selection.from}-01`, to: lastDay(selection.to) }
}

function addMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** All months of the selection, first to last (yyyy-MM). */
export function monthsOf(selection: Selection): string[] {
  const { from, to } = periodOf(selection)
  const last = to.slice(0, 7)
  const months: string[] = []
  for (let m = from.slice(0, 7); m <= last && months.length <= MAX_MONTHS; m = addMonth(m)) months.push(m)
  return months
}

/**
 * The months to chart one by one: those of the selection that have begun by `today` (a month still
 * to come has no figures yet and would only draw a misleading zero).
 */
export function monthsToAsk(selection: Selection, today: string): string[] {
  const current = today.slice(0, 7)
  return monthsOf(selection).filter((m) => m <= current)
}

/** Why the selection cannot be asked for, or null: `order` (to before from) or `tooLong`. */
export function problemOf(selection: Selection): 'order' | 'tooLong' | null {
  if (selection.kind === 'year') return null
  if (selection.to < selection.from) return 'order'
  if (monthsOf(selection).length > MAX_MONTHS) return 'tooLong'
  return null
}

/** Runs `task` over `items` with at most `limit` at a time (a year is 13 calls), results in order. */
export async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  async function worker() {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
