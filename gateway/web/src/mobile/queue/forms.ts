import { ApiError } from '../../shared/api'
import type { EntryKind, EntryMode, OutcomeRequest, SessionRequest, SignatureChannel, Suggestion } from './types'

/** Field → message, under the names the server uses (`agreement.terms`, `reason`…). */
export type FieldErrors = Record<string, string>

/**
 * A failed request as a form shows it: each server field error under its field, with list indexes
 * kept (`agreement.signatures[1].party`), and whatever no field shows as the general message.
 */
export function problemOf(error: unknown, known: readonly string[]): { fields: FieldErrors; general: string | null } {
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: (error as Error)?.message ?? String(error) }
  }
  const fields: FieldErrors = {}
  const stray: string[] = []
  for (const { field, message } of error.problem.errors ?? []) {
    const place = known.find((k) => field === k || field.startsWith(`${k}[`) || field.startsWith(`${k}.`))
    if (!place) {
      stray.push(`${field}: ${message}`)
      continue
    }
    const text = field === place ? message : `${field.substring(place.length)}: ${message}`
    fields[place] = fields[place] ? `${fields[place]}；${text}` : text
  }
  const general =
    stray.length > 0
      ? stray.join('；')
      : Object.keys(fields).length === 0
        ? (error.problem.detail ?? error.problem.title ?? `HTTP ${error.problem.status}`)
        : null
  return { fields, general }
}

export interface SessionForm {
  kind: EntryKind
  mode: EntryMode
  /** local date and time in China, "YYYY-MM-DD" and "HH:mm" */
  date: string
  time: string
  withOtherParty: boolean
  /** one name per line, or separated by 、 or commas */
  participants: string
  notes: string
}

/** A China wall-clock date and time as an instant (China has no daylight saving: always +08:00). */
export function chinaInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString()
}

export function splitNames(text: string): string[] {
  return text
    .split(/[\n、,，;；]/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0)
}

/** What the form lacks before it can be sent; the server checks the rest. */
export function sessionErrors(form: SessionForm, now: Date): FieldErrors {
  const errors: FieldErrors = {}
  if (!form.date || !form.time) errors.heldAt = 'required'
  else if (new Date(chinaInstant(form.date, form.time)).getTime() > now.getTime()) errors.heldAt = 'future'
  if (splitNames(form.participants).some((n) => n.length > 200)) errors.participants = 'tooLong'
  if (form.notes.length > 20000) errors.notes = 'tooLong'
  return errors
}

export function sessionRequest(form: SessionForm): SessionRequest {
  const notes = form.notes.trim()
  return {
    kind: form.kind,
    mode: form.mode,
    heldAt: chinaInstant(form.date, form.time),
    withOtherParty: form.withOtherParty,
    participants: splitNames(form.participants),
    ...(notes ? { notes } : {}),
  }
}

export interface SignatureForm {
  party: string
  signed: boolean
  channel: SignatureChannel
}

export interface OutcomeForm {
  result: 'SETTLED' | 'FAILED'
  facts: string
  terms: string
  effectiveOn: string
  performanceDeadline: string
  signatures: SignatureForm[]
  requestConfirmation: boolean
  reason: string
  suggestion: Suggestion | null
}

/** The ways on after a failed mediation; never litigation first for a labour dispute (仲裁前置). */
export function suggestionsFor(category: string): Suggestion[] {
  const all: Suggestion[] = ['ARBITRATION', 'LITIGATION', 'ESCALATE', 'OTHER']
  return category === 'LABOR' ? all.filter((s) => s !== 'LITIGATION') : all
}

/**
 * The outcome form's gaps, as the pool's Conclusion would name them: a settlement needs facts,
 * terms, an effective date not after today, a performance deadline not before it, and every party's
 * signature (人民调解法 Art. 29); a failure needs a reason and a way on.
 */
export function outcomeErrors(form: OutcomeForm, category: string, today: string): FieldErrors {
  const errors: FieldErrors = {}
  if (form.result === 'SETTLED') {
    if (!form.facts.trim()) errors['agreement.facts'] = 'required'
    if (!form.terms.trim()) errors['agreement.terms'] = 'required'
    if (!form.effectiveOn) errors['agreement.effectiveOn'] = 'required'
    else if (form.effectiveOn > today) errors['agreement.effectiveOn'] = 'future'
    if (!form.performanceDeadline) errors['agreement.performanceDeadline'] = 'required'
    else if (form.effectiveOn && form.performanceDeadline < form.effectiveOn)
      errors['agreement.performanceDeadline'] = 'beforeEffective'
    if (form.signatures.length === 0 || form.signatures.some((s) => !s.signed))
      errors['agreement.signatures'] = 'unsigned'
  } else {
    if (!form.reason.trim()) errors.reason = 'required'
    if (!form.suggestion) errors.suggestion = 'required'
    else if (!suggestionsFor(category).includes(form.suggestion)) errors.suggestion = 'laborArbitration'
  }
  return errors
}

/** The request for the form; signatures are dated when the mediator records them. */
export function outcomeRequest(form: OutcomeForm, signedAt: string): OutcomeRequest {
  if (form.result === 'FAILED') {
    return { result: 'FAILED', reason: form.reason.trim(), suggestion: form.suggestion ?? undefined }
  }
  return {
    result: 'SETTLED',
    requestConfirmation: form.requestConfirmation,
    agreement: {
      facts: form.facts.trim(),
      terms: form.terms.trim(),
      effectiveOn: form.effectiveOn,
      performanceDeadline: form.performanceDeadline,
      signatures: form.signatures
        .filter((s) => s.signed)
        .map((s) => ({ party: s.party, signedAt, channel: s.channel })),
    },
  }
}
