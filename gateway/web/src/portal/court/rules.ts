import type { Problem } from '../../shared/api'
import type { CourtApplication, DecisionRequest, MaterialsRequest, RejectionGround } from './types'

/** What the court may do next; mirrors the transitions of domain/Application.java. */
export interface Allowed {
  accept: boolean
  materials: boolean
  extend: boolean
  decide: boolean
}

export function allowedActions(app: CourtApplication): Allowed {
  const underReview = app.status === 'ACCEPTED' || app.status === 'MATERIALS_REQUESTED'
  return {
    accept: app.status === 'PENDING',
    materials: app.status === 'ACCEPTED',
    extend: underReview && !app.extension,
    decide: underReview,
  }
}

/** The server's limits (CourtRequests.java), checked before sending. */
export const MAX_ITEMS = 20
export const MAX_ITEM_LENGTH = 500
export const MAX_REASON_LENGTH = 2000
export const MAX_RULING_LENGTH = 60
export const MAX_APPROVER_LENGTH = 200

/** One item per non-blank line, trimmed. */
export function materialsBody(text: string): MaterialsRequest {
  return {
    items: text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  }
}

export type ItemsProblem = 'required' | 'tooMany' | 'tooLong' | null

export function itemsProblem(body: MaterialsRequest): ItemsProblem {
  if (body.items.length === 0) return 'required'
  if (body.items.length > MAX_ITEMS) return 'tooMany'
  if (body.items.some((i) => i.length > MAX_ITEM_LENGTH)) return 'tooLong'
  return null
}

/** e.g. (2026)粤0309民特123号: year in half- or full-width brackets, one Han character, four digits. */
const RULING = /^[(（](\d{4})[)）]\p{Script=Han}\d{4}民特(\d{1,6})号$/u

export type RulingProblem = 'required' | 'format' | 'year' | 'serial' | null

/** domain/RulingNumber.java's check; the earliest year is the year the court accepted. */
export function rulingNumberProblem(number: string, earliestYear: number): RulingProblem {
  const n = number.trim()
  if (!n) return 'required'
  const m = RULING.exec(n)
  if (!m) return 'format'
  if (Number(m[1]) < earliestYear) return 'year'
  if (Number(m[2]) === 0) return 'serial'
  return null
}

/** The Beijing year of an instant (the server judges the ruling's year in Asia/Shanghai). */
export function beijingYear(iso: string): number {
  return new Date(Date.parse(iso) + 8 * 3600 * 1000).getUTCFullYear()
}

export interface DecisionForm {
  result: 'CONFIRMED' | 'REJECTED'
  rulingNumber: string
  reasonCode: RejectionGround | ''
  reason: string
}

/** Only what the chosen result needs: a ruling number to confirm, an Art. 7 ground to reject. */
export function decisionBody(form: DecisionForm): DecisionRequest {
  const reason = form.reason.trim() || undefined
  if (form.result === 'CONFIRMED') return { result: 'CONFIRMED', rulingNumber: form.rulingNumber.trim(), reason }
  return { result: 'REJECTED', reasonCode: form.reasonCode || undefined, reason }
}

export type DecisionProblems = Partial<Record<'rulingNumber' | 'reasonCode' | 'reason', string>>

/** Client-side checks as message keys under court.form.*, field by field. */
export function decisionProblems(form: DecisionForm, earliestYear: number): DecisionProblems {
  const problems: DecisionProblems = {}
  if (form.result === 'CONFIRMED') {
    const p = rulingNumberProblem(form.rulingNumber, earliestYear)
    if (p) problems.rulingNumber = `ruling.${p}`
  } else {
    if (!form.reasonCode) problems.reasonCode = 'groundRequired'
    else if (form.reasonCode === 'OTHER' && !form.reason.trim()) problems.reason = 'otherNeedsReason'
  }
  if (form.reason.length > MAX_REASON_LENGTH) problems.reason = 'tooLong'
  return problems
}

/**
 * A problem's field errors by the form field they belong to ("items[2]" → "items"); errors naming
 * no field of the form, and a problem without field errors, go to `general` (its detail).
 */
export function fieldErrors(problem: Problem, fields: readonly string[]): { byField: Record<string, string>; general: string | null } {
  const byField: Record<string, string> = {}
  const rest: string[] = []
  for (const e of problem.errors ?? []) {
    const field = e.field.replace(/\[\d+\]$/, '').replace(/^.*\./, '')
    if (fields.includes(field)) byField[field] = byField[field] ? `${byField[field]}；${e.message}` : e.message
    else rest.push(`${e.field}: ${e.message}`)
  }
  const general = rest.length > 0 ? rest.join('；') : Object.keys(byField).length === 0 ? messageOf(problem) : null
  return { byField, general }
}

export function messageOf(problem: Problem): string {
  return problem.detail ?? problem.title ?? `HTTP ${problem.status}`
}

/**
 * The same Idempotency-Key for the same action and body, so a retry after a lost answer replays
 * instead of acting twice (docs/court-integration.md §3); another body gets a fresh key.
 */
export class IdempotencyKeys {
  private readonly keys = new Map<string, string>()

  constructor(private readonly fresh: () => string = () => crypto.randomUUID()) {}

  keyFor(action: string, body: unknown): string {
    const fingerprint = `${action}\n${JSON.stringify(body ?? null)}`
    let key = this.keys.get(fingerprint)
    if (!key) {
      key = this.fresh()
      this.keys.set(fingerprint, key)
    }
    return key
  }
}

export type EventKind = 'REQUESTED' | 'ACCEPTED' | 'MATERIALS_REQUESTED' | 'MATERIALS_SUPPLIED' | 'EXTENDED' | 'CONFIRMED' | 'REJECTED'

export interface TimelineEvent {
  kind: EventKind
  at: string
  /** what to show under the event: items asked for, the note, approver and reason, ruling or ground */
  lines: string[]
  reasonCode?: RejectionGround
}

/** The application's history as its own dates tell it, oldest first. */
export function timeline(app: CourtApplication): TimelineEvent[] {
  const events: TimelineEvent[] = [{ kind: 'REQUESTED', at: app.requestedAt, lines: [] }]
  if (app.acceptedAt) events.push({ kind: 'ACCEPTED', at: app.acceptedAt, lines: [] })
  const m = app.materials
  if (m) {
    events.push({ kind: 'MATERIALS_REQUESTED', at: m.requestedAt, lines: m.items })
    if (m.suppliedAt) events.push({ kind: 'MATERIALS_SUPPLIED', at: m.suppliedAt, lines: m.note ? [m.note] : [] })
  }
  const x = app.extension
  if (x) events.push({ kind: 'EXTENDED', at: x.at, lines: [x.approvedBy, x.reason] })
  const d = app.decision
  if (d) {
    const lines = [d.rulingNumber, d.reason].filter((l): l is string => !!l)
    events.push({ kind: d.result, at: d.decidedAt, lines, reasonCode: d.reasonCode })
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
}

/** 申请人 first, then 被申请人, each group's names joined. */
export function partiesByRole(app: CourtApplication): { role: string; names: string[] }[] {
  const roles: string[] = []
  for (const p of app.parties) if (!roles.includes(p.role)) roles.push(p.role)
  const order = (r: string) => (r === 'APPLICANT' ? 0 : r === 'RESPONDENT' ? 1 : 2)
  return roles
    .sort((a, b) => order(a) - order(b))
    .map((role) => ({ role, names: app.parties.filter((p) => p.role === role).map((p) => p.name) }))
}

/** The text key of a party's role; a role the screens do not know reads as "other party". */
export function roleKey(role: string): 'APPLICANT' | 'RESPONDENT' | 'OTHER' {
  return role === 'APPLICANT' || role === 'RESPONDENT' ? role : 'OTHER'
}

/** Element Plus tag type per status: waiting for the court orange, decided green or red. */
export const STATUS_TAG: Record<CourtApplication['status'], 'warning' | 'primary' | 'info' | 'success' | 'danger'> = {
  PENDING: 'warning',
  ACCEPTED: 'primary',
  MATERIALS_REQUESTED: 'info',
  CONFIRMED: 'success',
  REJECTED: 'danger',
}
