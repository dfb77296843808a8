import { ref } from 'vue'
import { ApiError, type Problem } from '../../shared/api'
import { fieldErrors } from './rules'

/**
 * A court write from a dialog: busy while it runs; a problem+json answer lands next to the fields
 * it names (`errors`) and the rest above the form; a network failure says so (the retry reuses the
 * Idempotency-Key, so it cannot act twice). A 409 — the application moved on meanwhile, e.g. a
 * colleague or the court's own system decided it — goes to `onConflict`, so the page can re-read it.
 */
export function useSubmit(fields: readonly string[], onConflict?: (problem: Problem) => void) {
  const busy = ref(false)
  const general = ref<string | null>(null)
  const byField = ref<Record<string, string>>({})

  function clear() {
    general.value = null
    byField.value = {}
  }

  async function run<T>(call: () => Promise<T>): Promise<T | null> {
    busy.value = true
    clear()
    try {
      return await call()
    } catch (e) {
      if (e instanceof ApiError && e.problem.status === 409 && onConflict) {
        onConflict(e.problem)
      } else if (e instanceof ApiError) {
        const found = fieldErrors(e.problem, fields)
        byField.value = found.byField
        general.value = found.general
      } else {
        general.value = (e as Error).message
      }
      return null
    } finally {
      busy.value = false
    }
  }

  return { busy, general, byField, clear, run }
}
