import type { Calendar, ClockAction, ClockScope, ClockUnit, Policy } from './types'

/**
 * The SLA-policy page's logic: the edit form and its checks (sla-monitor rest/dto/PolicyDto.java
 * and SlaAdminService.check restated), and the holiday notice read as runs of days off.
 */

const CLOCK = /^[A-Z][A-Z_]{1,59}$/
const EVENT = /^[a-z]+(\.[a-z]+)*\.v[0-9]+$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

export interface PolicyForm {
  clock: string
  name: string
  startEvent: string
  length: number | null
  unit: ClockUnit
  warnAtPercent: number | null
  consequence: string
  citation: string
  extension: string
  /** JSON text: an object of JSON pointer → value, or empty */
  condition: string
  stopEvents: string
  scope: ClockScope
  action: ClockAction
  pauseEvents: string
  pauseCondition: string
  resumeEvents: string
  extendEvents: string
  extendDays: number | null
  maxExtensions: number | null
}

const json = (v: unknown) => (v == null ? '' : JSON.stringify(v, null, 2))
const lines = (v: string[] | null) => (v ?? []).join('\n')

export function policyForm(p: Policy): PolicyForm {
  return {
    clock: p.clock,
    name: p.name,
    startEvent: p.startEvent,
    length: p.length,
    unit: p.unit,
    warnAtPercent: p.warnAtPercent,
    consequence: p.consequence,
    citation: p.citation,
    extension: p.extension ?? '',
    condition: json(p.condition),
    stopEvents: lines(p.stopEvents),
    scope: p.scope ?? 'DISPUTE',
    action: p.action ?? 'FLAG',
    pauseEvents: lines(p.pauseEvents),
    pauseCondition: json(p.pauseCondition),
    resumeEvents: lines(p.resumeEvents),
    extendEvents: lines(p.extendEvents),
    extendDays: p.extendDays,
    maxExtensions: p.maxExtensions,
  }
}

export function eventList(text: string): string[] {
  return text.split(/[\s,，、;；]+/).filter((s) => s.length > 0)
}

function parseObject(text: string): Record<string, unknown> | null | 'invalid' {
  if (!text.trim()) return null
  try {
    const v = JSON.parse(text)
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : 'invalid'
  } catch {
    return 'invalid'
  }
}

/** The body of PUT /sla/policies/{code}; call after checkPolicy found nothing. */
export function policyOf(f: PolicyForm): Policy {
  const object = (text: string) => {
    const v = parseObject(text)
    return v === 'invalid' ? null : v
  }
  return {
    clock: f.clock.trim(),
    name: f.name.trim(),
    startEvent: f.startEvent.trim(),
    length: f.length ?? 0,
    unit: f.unit,
    warnAtPercent: f.warnAtPercent ?? 80,
    consequence: f.consequence.trim(),
    citation: f.citation.trim(),
    extension: f.extension.trim() || null,
    condition: object(f.condition),
    stopEvents: eventList(f.stopEvents),
    scope: f.scope,
    action: f.action,
    pauseEvents: eventList(f.pauseEvents),
    pauseCondition: object(f.pauseCondition),
    resumeEvents: eventList(f.resumeEvents),
    extendEvents: eventList(f.extendEvents),
    extendDays: f.extendDays,
    maxExtensions: f.maxExtensions,
  }
}

/** field → message key under `admin.check.*`, with the server's field names. */
export function checkPolicy(f: PolicyForm): Record<string, string> {
  const e: Record<string, string> = {}
  if (!CLOCK.test(f.clock.trim())) e.clock = 'clock'
  if (!f.name.trim()) e.name = 'required'
  else if (f.name.trim().length > 200) e.name = 'tooLong'
  if (!EVENT.test(f.startEvent.trim())) e.startEvent = 'event'
  const max = f.unit === 'MONTHS' ? 120 : 3650
  if (f.length === null || !Number.isInteger(f.length) || f.length < 0 || f.length > max) {
    e.length = f.unit === 'MONTHS' ? 'lengthMonths' : 'lengthDays'
  }
  if (f.warnAtPercent === null || !Number.isInteger(f.warnAtPercent) || f.warnAtPercent < 1 || f.warnAtPercent > 99) {
    e.warnAtPercent = 'warnAt'
  }
  if (!f.consequence.trim()) e.consequence = 'required'
  else if (f.consequence.trim().length > 1000) e.consequence = 'tooLong'
  if (!f.citation.trim()) e.citation = 'required'
  else if (f.citation.trim().length > 500) e.citation = 'tooLong'
  if (f.extension.trim().length > 1000) e.extension = 'tooLong'
  if (parseObject(f.condition) === 'invalid') e.condition = 'jsonObject'
  if (parseObject(f.pauseCondition) === 'invalid') e.pauseCondition = 'jsonObject'
  for (const key of ['stopEvents', 'pauseEvents', 'resumeEvents', 'extendEvents'] as const) {
    const events = eventList(f[key])
    if (events.length > 10) e[key] = 'tooManyEvents'
    else if (events.some((ev) => !EVENT.test(ev))) e[key] = 'event'
  }
  if (!e.resumeEvents && (eventList(f.pauseEvents).length > 0) !== (eventList(f.resumeEvents).length > 0)) {
    e.resumeEvents = 'pauseResume'
  }
  if (f.extendDays !== null && (!Number.isInteger(f.extendDays) || f.extendDays < 1 || f.extendDays > 365)) {
    e.extendDays = 'extendDays'
  }
  if (f.maxExtensions !== null && (!Number.isInteger(f.maxExtensions) || f.maxExtensions < 0 || f.maxExtensions > 10)) {
    e.maxExtensions = 'maxExtensions'
  }
  return e
}

export const POLICY_FIELDS = [
  'clock', 'name', 'startEvent', 'length', 'unit', 'warnAtPercent', 'consequence', 'citation', 'extension',
  'condition', 'stopEvents', 'scope', 'action', 'pauseEvents', 'pauseCondition', 'resumeEvents', 'extendEvents',
  'extendDays', 'maxExtensions',
] as const

// ---- the legal calendar -----------------------------------------------------------------------

export interface DayRun {
  from: string
  to: string
  days: number
}

function next(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** Consecutive dates grouped into runs (a holiday as the notice states it: 2月15日至23日, 9天). */
export function runs(dates: string[]): DayRun[] {
  const sorted = [...new Set(dates)].sort()
  const out: DayRun[] = []
  for (const date of sorted) {
    const last = out[out.length - 1]
    if (last && next(last.to) === date) {
      last.to = date
      last.days++
    } else {
      out.push({ from: date, to: date, days: 1 })
    }
  }
  return out
}

/** Dates typed one per line or separated by commas/spaces; what is not a calendar date is returned apart. */
export function parseDates(text: string): { dates: string[]; invalid: string[] } {
  const dates: string[] = []
  const invalid: string[] = []
  for (const token of text.split(/[\s,，、;；]+/).filter((s) => s.length > 0)) {
    const d = new Date(`${token}T00:00:00Z`)
    if (DATE.test(token) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === token) dates.push(token)
    else invalid.push(token)
  }
  return { dates: [...new Set(dates)].sort(), invalid }
}

/** field → message key; dates of another year would be silently meaningless, so they are refused. */
export function checkCalendar(year: number, notice: string, holidays: string, makeup: string): Record<string, string> {
  const e: Record<string, string> = {}
  if (!notice.trim()) e.notice = 'required'
  else if (notice.trim().length > 300) e.notice = 'tooLong'
  const h = parseDates(holidays)
  const m = parseDates(makeup)
  const wrongYear = (d: string) => !d.startsWith(`${year}-`)
  if (h.invalid.length > 0) e.holidays = 'dates'
  else if (h.dates.some(wrongYear)) e.holidays = 'datesYear'
  else if (h.dates.length > 120) e.holidays = 'tooManyDates'
  if (m.invalid.length > 0) e.makeupWorkdays = 'dates'
  else if (m.dates.some(wrongYear)) e.makeupWorkdays = 'datesYear'
  else if (m.dates.length > 30) e.makeupWorkdays = 'tooManyDates'
  else if (m.dates.some((d) => h.dates.includes(d))) e.makeupWorkdays = 'bothKinds'
  return e
}

export function calendarOf(year: number, notice: string, holidays: string, makeup: string): Calendar {
  return { year, notice: notice.trim(), holidays: parseDates(holidays).dates, makeupWorkdays: parseDates(makeup).dates }
}

/** Day of the week, 0 = Sunday, of an ISO date (no time zone involved). */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}
