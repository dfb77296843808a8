import type { Deadline } from './types'

/**
 * How a clock stands at `now`, for its colour: a running clock turns amber at its warning point
 * and red at its due instant even before the monitor's scanner has flagged it, so staff never see
 * green on a clock that has already run out.
 */
export type Tone = 'overdue' | 'due-soon' | 'running' | 'paused' | 'met' | 'late' | 'ended'

export function clockTone(d: Pick<Deadline, 'state' | 'warnAt' | 'dueAt'>, now: number): Tone {
  switch (d.state) {
    case 'MET':
      return 'met'
    case 'LATE':
      return 'late'
    case 'HANDED_OVER':
    case 'CANCELLED':
      return 'ended'
    case 'PAUSED':
      return 'paused'
    case 'OVERDUE':
      return 'overdue'
  }
  const due = d.dueAt ? Date.parse(d.dueAt) : NaN
  if (!Number.isNaN(due) && due <= now) return 'overdue'
  const warn = d.warnAt ? Date.parse(d.warnAt) : NaN
  if (!Number.isNaN(warn) && warn <= now) return 'due-soon'
  return 'running'
}

/** Element Plus tag type for a tone. */
export function toneTag(tone: Tone): 'danger' | 'warning' | 'success' | 'info' | 'primary' {
  switch (tone) {
    case 'overdue':
    case 'late':
      return 'danger'
    case 'due-soon':
      return 'warning'
    case 'running':
      return 'primary'
    case 'met':
      return 'success'
    default:
      return 'info'
  }
}

export function isRunning(d: Pick<Deadline, 'state'>): boolean {
  return d.state === 'OPEN' || d.state === 'PAUSED' || d.state === 'OVERDUE'
}

export interface Span {
  past: boolean
  days: number
  hours: number
  minutes: number
}

/** The time between now and `dueAt`, whole minutes, rounded towards the deadline's side. */
export function spanTo(dueAt: string, now: number): Span {
  const ms = Date.parse(dueAt) - now
  const past = ms <= 0
  const total = Math.floor(Math.abs(ms) / 60000)
  return { past, days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 }
}

type T = (key: string, params?: Record<string, unknown>) => string

/** "2天3小时" / "2 d 3 h": the two largest units, enough to act on. */
export function spanWords(s: Span, t: T): string {
  if (s.days > 0) return t('case.clock.span.dh', { d: s.days, h: s.hours })
  if (s.hours > 0) return t('case.clock.span.hm', { h: s.hours, m: s.minutes })
  return t('case.clock.span.m', { m: s.minutes })
}

/** "剩余2天3小时" or "已超期5小时" for a running clock; '' for one that no longer runs. */
export function timeLeftWords(d: Pick<Deadline, 'state' | 'dueAt'>, now: number, t: T): string {
  if (!d.dueAt || !isRunning(d)) return ''
  const s = spanTo(d.dueAt, now)
  return t(s.past ? 'case.clock.overdueBy' : 'case.clock.left', { span: spanWords(s, t) })
}
