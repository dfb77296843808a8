import { isValidMobile, normaliseMobile, residentIdProblem } from '../../shared/validators'
import type { CreateBody, OutboxItem, PartyBody } from './types'

/** What the mediator types; strings throughout, as inputs give them. */
export interface ReportForm {
  category: string
  summary: string
  occurredAt: string
  communityCode: string
  gridCode: string
  address: string
  claimAmount: string
  parties: PartyForm[]
}

export interface PartyForm {
  role: PartyBody['role']
  name: string
  idNumber: string
  phone: string
  organization: string
}

export function emptyParty(role: PartyBody['role']): PartyForm {
  return { role, name: '', idNumber: '', phone: '', organization: '' }
}

export function emptyForm(communityCode: string, today: string): ReportForm {
  return {
    category: '',
    summary: '',
    occurredAt: today,
    communityCode,
    gridCode: '',
    address: '',
    claimAmount: '',
    parties: [emptyParty('APPLICANT'), emptyParty('RESPONDENT')],
  }
}

/**
 * A form error: an i18n key and its parameters. Fields are named as the server names them in a
 * problem's `errors` (`parties[0].idNumber`, `location.address`…), so the server's and the form's
 * own messages land next to the same input.
 */
export interface FormError {
  key: string
  params?: Record<string, unknown>
}

export const SUMMARY_MAX = 4000
export const NAME_MAX = 200
export const ADDRESS_MAX = 500
export const GRID_MAX = 120

/** The ID number as people type it: spaces dropped, a lower-case x accepted. */
export function cleanIdNumber(raw: string): string {
  return raw.replace(/\s/g, '').toUpperCase()
}

/** A claim amount as the server accepts it: ≥ 0, at most 13 integer digits and 2 decimals. */
export function amountProblem(raw: string): string | null {
  const value = raw.trim().replace(/[,，]/g, '')
  if (value === '') return null
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(value)) return 'report.error.amount'
  return null
}

export function idProblemKey(raw: string, today: string): string | null {
  const id = cleanIdNumber(raw)
  if (id === '') return null
  const problem = residentIdProblem(id, today)
  return problem ? `validation.id.${problem}` : null
}

export function mobileProblemKey(raw: string): string | null {
  return raw.trim() === '' || isValidMobile(raw.trim()) ? null : 'validation.mobile'
}

/**
 * Everything wrong with the form, by the server's field names. The rules are the server's
 * (shared validators), plus what a grid report needs to be followed up: an applicant reachable by
 * phone and a named respondent.
 */
export function validate(form: ReportForm, today: string): Record<string, FormError> {
  const errors: Record<string, FormError> = {}
  const required = (field: string) => (errors[field] = { key: 'report.error.required' })
  if (!form.category) errors.category = { key: 'report.error.category' }
  if (!form.summary.trim()) required('summary')
  else if (form.summary.length > SUMMARY_MAX) errors.summary = { key: 'report.error.tooLong', params: { n: SUMMARY_MAX } }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.occurredAt)) required('occurredAt')
  else if (form.occurredAt > today) errors.occurredAt = { key: 'report.error.future' }
  if (!form.communityCode) errors['location.communityCode'] = { key: 'report.error.community' }
  if (form.gridCode.length > GRID_MAX) errors['location.gridCode'] = { key: 'report.error.tooLong', params: { n: GRID_MAX } }
  if (form.address.length > ADDRESS_MAX) errors['location.address'] = { key: 'report.error.tooLong', params: { n: ADDRESS_MAX } }
  const amount = amountProblem(form.claimAmount)
  if (amount) errors.claimAmount = { key: amount }
  form.parties.forEach((p, i) => {
    const at = `parties[${i}]`
    if (!p.name.trim()) required(`${at}.name`)
    else if (p.name.length > NAME_MAX) errors[`${at}.name`] = { key: 'report.error.tooLong', params: { n: NAME_MAX } }
    const id = idProblemKey(p.idNumber, today)
    if (id) errors[`${at}.idNumber`] = { key: id }
    const mobile = mobileProblemKey(p.phone)
    if (mobile) errors[`${at}.phone`] = { key: mobile }
    else if (p.role === 'APPLICANT' && !p.phone.trim()) errors[`${at}.phone`] = { key: 'report.error.applicantPhone' }
  })
  return errors
}

const optional = (value: string) => {
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/** The create body for a valid form. Empty optional fields are left out. */
export function toBody(form: ReportForm, channel: CreateBody['channel']): CreateBody {
  const amount = optional(form.claimAmount.replace(/[,，]/g, ''))
  return {
    channel,
    category: form.category,
    summary: form.summary.trim(),
    occurredAt: form.occurredAt,
    location: {
      communityCode: form.communityCode,
      gridCode: optional(form.gridCode),
      address: optional(form.address),
    },
    parties: form.parties.map((p) => ({
      role: p.role,
      name: p.name.trim(),
      idNumber: optional(cleanIdNumber(p.idNumber)),
      phone: optional(p.phone) && normaliseMobile(p.phone.trim()),
      organization: optional(p.organization),
    })),
    claimAmount: amount === undefined ? undefined : Number(amount),
  }
}

/** Back from a queued body to the form, to correct a refused report. */
export function fromBody(body: CreateBody): ReportForm {
  return {
    category: body.category,
    summary: body.summary,
    occurredAt: body.occurredAt,
    communityCode: body.location.communityCode,
    gridCode: body.location.gridCode ?? '',
    address: body.location.address ?? '',
    claimAmount: body.claimAmount === undefined ? '' : String(body.claimAmount),
    parties: body.parties.map((p) => ({
      role: p.role,
      name: p.name,
      idNumber: p.idNumber ?? '',
      phone: p.phone ?? '',
      organization: p.organization ?? '',
    })),
  }
}

export function titleOf(body: CreateBody): OutboxItem['title'] {
  const applicant = body.parties.find((p) => p.role === 'APPLICANT')?.name ?? ''
  return { category: body.category, applicant, summary: body.summary.slice(0, 60) }
}

/**
 * The server's field errors keyed by field, for the inputs to show. A server field the form has no
 * input for (e.g. `body`) is returned under `other`, to show above the form.
 */
export function serverErrors(
  errors: { field: string; message: string }[],
  known: (field: string) => boolean,
): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {}
  const other: string[] = []
  for (const e of errors) {
    if (known(e.field)) byField[e.field] = byField[e.field] ? `${byField[e.field]}; ${e.message}` : e.message
    else other.push(`${e.field}: ${e.message}`)
  }
  return { byField, other }
}

/** The fields the form has an input for, by the server's names. */
export function formFields(form: ReportForm): string[] {
  return [
    'category',
    'summary',
    'occurredAt',
    'claimAmount',
    'location.communityCode',
    'location.gridCode',
    'location.address',
    ...form.parties.flatMap((_, i) => ['name', 'idNumber', 'phone', 'organization'].map((f) => `parties[${i}].${f}`)),
  ]
}
