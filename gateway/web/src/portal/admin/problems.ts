import { ApiError } from '../../shared/api'

/**
 * A failed save as a form shows it: the server's field errors keyed so a form item can find its
 * own, and what no form item shows (the detail, or errors of fields the form does not have).
 */
export interface FormProblem {
  /** field → message(s); "specialties[1]" is also filed under "specialties", "[0].name" under "name" */
  fields: Record<string, string>
  /** the message to show above the form, or null when every field error has its place */
  general: string | null
}

export const NO_PROBLEM: FormProblem = { fields: {}, general: null }

/** The field a form item shows: list indexes and a leading "[0]." of a one-item list body dropped. */
export function baseField(field: string): string {
  return field.replace(/^\[\d+\]\.?/, '').replace(/\[\d+\]/g, '')
}

/**
 * `known` are the fields the form has an item for; an error for any other field (or a problem
 * without field errors) goes to `general` so it is never swallowed.
 */
export function formProblem(error: unknown, known: readonly string[]): FormProblem {
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: (error as Error)?.message ?? String(error) }
  }
  const fields: Record<string, string> = {}
  const stray: string[] = []
  for (const { field, message } of error.problem.errors ?? []) {
    const base = baseField(field)
    const text = base === field ? message : `${field.replace(/^\[\d+\]\.?/, '')}: ${message}`
    if (known.includes(base)) {
      fields[base] = fields[base] ? `${fields[base]}；${text}` : text
    } else {
      stray.push(`${field}: ${message}`)
    }
  }
  const placed = Object.keys(fields).length > 0
  if (stray.length > 0) return { fields, general: stray.join('；') }
  return { fields, general: placed ? null : error.message }
}
