import { ApiError, type Api } from '../../shared/api'
import { workingDays, yearsOf, type WorkingDays } from './deadlines'
import type { Deadline, HolidayCalendar } from './types'

/**
 * A dispute's clocks, or null when sla-monitor does not show them to this caller (404: the clocks
 * sit at a center outside the caller's org unit) — the list still shows the case without a colour.
 */
export async function deadlinesOf(api: Api, disputeId: string): Promise<Deadline[] | null> {
  try {
    return await api.get<Deadline[]>(`/disputes/${encodeURIComponent(disputeId)}/deadlines`)
  } catch (e) {
    if (e instanceof ApiError && (e.problem.status === 404 || e.problem.status === 403)) return null
    throw e
  }
}

const notices = new Map<number, Promise<HolidayCalendar | null>>()

/** The holiday notices of these years, each fetched once per page load; a missing year is skipped. */
export async function calendarFor(api: Api, now: Date, dues: Date[]): Promise<WorkingDays> {
  const years = yearsOf(now, dues)
  for (const year of years) {
    if (!notices.has(year)) {
      notices.set(
        year,
        api.get<HolidayCalendar>(`/sla/calendar/${year}`).catch(() => {
          notices.delete(year) // try again next time: a poor signal is not a missing notice
          return null
        }),
      )
    }
  }
  const loaded = await Promise.all(years.map((y) => notices.get(y)!))
  return workingDays(loaded.filter((c): c is HolidayCalendar => c !== null))
}
