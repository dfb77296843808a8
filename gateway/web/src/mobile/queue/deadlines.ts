import type { Deadline, HolidayCalendar } from './types'

/** green: time enough; orange: one working day or 24 hours left at most; red: overdue. */
export type Colour = 'green' | 'orange' | 'red'

/** Whether a calendar date (YYYY-MM-DD, China) is a working day. */
export type WorkingDays = (date: string) => boolean

const HOUR = 3_600_000
const DAY = 24 * HOUR
const ZONE = 'Asia/Shanghai'

/**
 * Working days as the State Council's notices set them: Monday to Friday, minus the holidays, plus
 * the 调休 make-up Saturdays and Sundays. A year with no notice loaded counts weekdays only — the
 * server's due dates stay right either way; only the colour's "one working day" may be a day off.
 */
export function workingDays(calendars: HolidayCalendar[]): WorkingDays {
  const holidays = new Set(calendars.flatMap((c) => c.holidays))
  const makeup = new Set(calendars.flatMap((c) => c.makeupWorkdays))
  return (date) => {
    if (makeup.has(date)) return true
    if (holidays.has(date)) return false
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
    return weekday !== 0 && weekday !== 6
  }
}

/** The date in China of an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(at)
}

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().substring(0, 10)
}

/**
 * The working days after today up to and including the due date: 0 when it is due today, 1 when
 * the due date is the next working day (a Friday afternoon with a Monday deadline counts 1).
 */
export function workingDaysLeft(due: Date, now: Date, isWorkingDay: WorkingDays): number {
  const last = chinaDate(due)
  let date = chinaDate(now)
  let count = 0
  while (date < last) {
    date = nextDate(date)
    if (isWorkingDay(date)) count++
  }
  return count
}

/** The colour of a deadline due at `due`, seen at `now`. */
export function deadlineColour(due: Date, now: Date, isWorkingDay: WorkingDays): Colour {
  const left = due.getTime() - now.getTime()
  if (left < 0) return 'red'
  if (left <= DAY || workingDaysLeft(due, now, isWorkingDay) <= 1) return 'orange'
  return 'green'
}

/** Time left (negative when overdue) as days and hours, for a label. */
export function timeLeft(due: Date, now: Date): { overdue: boolean; days: number; hours: number } {
  const left = due.getTime() - now.getTime()
  const abs = Math.abs(left)
  return { overdue: left < 0, days: Math.floor(abs / DAY), hours: Math.floor((abs % DAY) / HOUR) }
}

// OVERDUE still runs: the work is owed, only late.
const RUNNING = new Set(['OPEN', 'OVERDUE', 'PAUSED'])

/** Clocks that run on others while a mediator holds the case: the center's and the court's. */
const NOT_THE_MEDIATORS = new Set(['CENTER_ACK', 'CONFIRMATION_APPLY', 'COURT_ACCEPT', 'COURT_DECIDE'])

/**
 * The clock the mediator must watch: while the offer waits for an answer, the acceptance clock
 * (MEDIATOR_ACCEPT); otherwise the mediator's running clock due first. Closed clocks never count,
 * nor the center's acknowledgement or the court's clocks, which are not the mediator's to meet.
 */
export function pressingDeadline(deadlines: Deadline[], awaitingAnswer: boolean): Deadline | null {
  const running = deadlines.filter((d) => RUNNING.has(d.state) && !NOT_THE_MEDIATORS.has(d.clock))
  if (awaitingAnswer) {
    const accept = running.find((d) => d.clock === 'MEDIATOR_ACCEPT')
    if (accept) return accept
  }
  return running.reduce<Deadline | null>(
    (first, d) => (first === null || Date.parse(d.dueAt) < Date.parse(first.dueAt) ? d : first),
    null,
  )
}

/** The years whose holiday notices the colours need: this year and any a deadline falls in. */
export function yearsOf(now: Date, dues: Date[]): number[] {
  const years = new Set([Number(chinaDate(now).substring(0, 4))])
  for (const due of dues) years.add(Number(chinaDate(due).substring(0, 4)))
  return [...years].sort()
}
