import { ApiError } from '../../shared/api'

/** A failed action as a form shows it: the server's message, and each named field's own. */
export interface Failure {
  message: string
  fields: Record<string, string>
  status: number | null
}

/**
 * Field names come as the server's property paths (e.g. `transfer.request.reason` or `reason`);
 * the form knows its fields by the last segment.
 */
export function failureOf(e: unknown): Failure {
  if (e instanceof ApiError) {
    const fields: Record<string, string> = {}
    for (const err of e.problem.errors ?? []) {
      const name = err.field.split('.').pop() ?? err.field
      fields[name] = fields[name] ? `${fields[name]}; ${err.message}` : err.message
    }
    return { message: e.message, fields, status: e.problem.status }
  }
  return { message: (e as Error)?.message ?? String(e), fields: {}, status: null }
}
