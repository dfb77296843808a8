import type { Api } from '@shared/api'
import { mapLimited, monthsToAsk, periodOf, type Selection } from './period'
import type { MonthReport, StatsReport } from './types'

/** Three calls at a time: a year is 13 of them, and the machine serving them is small. */
const PARALLEL = 3

/**
 * The report for the whole selection and one per month begun by `today` (the API has no series).
 * A one-month selection is its own month: asked for once. The whole period's error (400 naming
 * from/to, 404 for a center outside the scope, 403) is the one reported.
 */
export async function loadReports(
  api: Pick<Api, 'get'>,
  selection: Selection,
  centerCode: string,
  today: string,
): Promise<{ report: StatsReport; months: MonthReport[] }> {
  const period = periodOf(selection)
  const ask = (from: string, to: string) =>
    api.get<StatsReport>('/stats', { from, to, centerCode: centerCode || undefined })
  const whole = ask(period.from, period.to)
  const months = monthsToAsk(selection, today)
  if (months.length === 1 && periodOf({ kind: 'months', from: months[0], to: months[0] }).from === period.from
    && period.to.startsWith(months[0])) {
    const report = await whole
    return { report, months: [{ month: months[0], report }] }
  }
  const report = await whole
  const monthly = await mapLimited(months, PARALLEL, async (month) => {
    const p = periodOf({ kind: 'months', from: month, to: month })
    return { month, report: await ask(p.from, p.to) }
  })
  return { report, months: monthly }
}
