import type { CourtApplication, Deadline } from './types'

/**
 * The court's two legal clocks on an application (法释〔2011〕5号): 受理 within 3 days of the
 * request (Art. 4), and the decision within 15 days of acceptance (Art. 5), +10 once with the
 * president's approval, the days spent waiting for supplementary materials not counted.
 *
 * sla-monitor keeps them (COURT_ACCEPT, COURT_DECIDE, with the working-day calendar); when the
 * clerk cannot read them (no clock yet, outside the clerk's org unit) they are estimated from the
 * application's own dates, without holidays, and shown as an estimate.
 */

export type ClockKind = 'ACCEPT' | 'DECIDE'

export interface CourtClock {
  kind: ClockKind
  dueAt: Date
  /** waiting for supplementary materials: the count stands still */
  paused: boolean
  source: 'sla' | 'estimate'
  extended: boolean
  /** sla-monitor already judged it overdue (its clock may run ahead of the browser's in tests) */
  overdue: boolean
  /** the due date falls in a year without a loaded holiday notice */
  provisional: boolean
}

export const ACCEPT_DAYS = 3
export const DECIDE_DAYS = 15
export const EXTENSION_DAYS = 10
/** Time left at or below this is shown as urgent (orange). */
export const URGENT_MS = 3 * 24 * 3600 * 1000

const SLA_CLOCK: Record<ClockKind, string> = { ACCEPT: 'COURT_ACCEPT', DECIDE: 'COURT_DECIDE' }
const RUNNING = new Set(['OPEN', 'PAUSED', 'OVERDUE'])
const DAY_MS = 24 * 3600 * 1000
const BEIJING_OFFSET_MS = 8 * 3600 * 1000

/** The clock that runs for the application now, or null when the court is done with it. */
export function courtClock(app: CourtApplication, deadlines: Deadline[] | null): CourtClock | null {
  const kind = kindOf(app)
  if (!kind) return null
  const sla = latestRunning(deadlines ?? [], SLA_CLOCK[kind])
  const paused = app.status === 'MATERIALS_REQUESTED'
  if (sla) {
    return {
      kind,
      dueAt: new Date(sla.dueAt),
      paused: paused || sla.state === 'PAUSED',
      source: 'sla',
      extended: sla.extensions > 0 || !!app.extension,
      overdue: sla.state === 'OVERDUE',
      provisional: sla.provisional,
    }
  }
  return { ...estimate(app, kind), paused, source: 'estimate', overdue: false, provisional: false }
}

function kindOf(app: CourtApplication): ClockKind | null {
  if (app.status === 'PENDING') return 'ACCEPT'
  if (app.status === 'ACCEPTED' || app.status === 'MATERIALS_REQUESTED') return 'DECIDE'
  return null
}

function latestRunning(deadlines: Deadline[], clock: string): Deadline | undefined {
  return deadlines
    .filter((d) => d.clock === clock && RUNNING.has(d.state))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0]
}

function estimate(app: CourtApplication, kind: ClockKind): { kind: ClockKind; dueAt: Date; extended: boolean } {
  if (kind === 'ACCEPT') return { kind, dueAt: endOfBeijingDay(app.requestedAt, ACCEPT_DAYS), extended: false }
  const extended = !!app.extension
  let days = DECIDE_DAYS + (extended ? EXTENSION_DAYS : 0)
  const m = app.materials
  // Only the last request for materials is on the application; its waiting days move the due date.
  if (m?.suppliedAt) days += Math.ceil((Date.parse(m.suppliedAt) - Date.parse(m.requestedAt)) / DAY_MS)
  return { kind, dueAt: endOfBeijingDay(app.acceptedAt ?? app.requestedAt, days), extended }
}

/** The end (23:59:59.999, Beijing time) of the day `days` days after the Beijing date of `iso`. */
export function endOfBeijingDay(iso: string, days: number): Date {
  const local = new Date(Date.parse(iso) + BEIJING_OFFSET_MS)
  const end = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days + 1)
  return new Date(end - BEIJING_OFFSET_MS - 1)
}

/** ok: more than 3 days left (green); soon: 3 days or less (orange); overdue (red); paused (grey). */
export type Tone = 'ok' | 'soon' | 'overdue' | 'paused'

export function toneOf(clock: CourtClock, now: Date): Tone {
  if (clock.paused) return 'paused'
  const left = clock.dueAt.getTime() - now.getTime()
  if (clock.overdue || left < 0) return 'overdue'
  return left <= URGENT_MS ? 'soon' : 'ok'
}

/** Element Plus tag type per tone. */
export const TAG_TYPE: Record<Tone, 'success' | 'warning' | 'danger' | 'info'> = {
  ok: 'success',
  soon: 'warning',
  overdue: 'danger',
  paused: 'info',
}

export interface Left {
  overdue: boolean
  days: number
  hours: number
  minutes: number
}

/** How long until (or since, when overdue) the due instant, in whole days, hours and minutes. */
export function timeLeft(dueAt: Date, now: Date): Left {
  const ms = dueAt.getTime() - now.getTime()
  const total = Math.floor(Math.abs(ms) / 60000)
  return {
    overdue: ms < 0,
    days: Math.floor(total / 1440),
    hours: Math.floor((total % 1440) / 60),
    minutes: total % 60,
  }
}
