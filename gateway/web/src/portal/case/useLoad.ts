import { ref, type Ref } from 'vue'
import { ApiError } from '../../shared/api'

/**
 * One read with its loading and error state. `missing` says what a 404 means for this read: many
 * of the case page's reads answer 404 when there is simply nothing yet (no clock, no assignment).
 */
export function useLoad<T>(read: () => Promise<T>, missing?: () => T) {
  const data = ref<T | null>(null) as Ref<T | null>
  const error = ref<string | null>(null)
  const notFound = ref(false)
  const loading = ref(false)

  async function run() {
    loading.value = true
    error.value = null
    notFound.value = false
    try {
      data.value = await read()
    } catch (e) {
      if (e instanceof ApiError && e.problem.status === 404) {
        notFound.value = true
        data.value = missing ? missing() : null
      } else {
        error.value = (e as Error).message
      }
    } finally {
      loading.value = false
    }
  }

  return { data, error, notFound, loading, run }
}
