import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Words } from './words'

/** The current locale's texts as the plain helpers (words.ts, routing.ts, clock.ts) take them. */
export function useWords() {
  const { t, te, locale } = useI18n()
  return computed<Words>(() => ({
    t: (key, params) => t(key, params ?? {}),
    te: (key) => te(key),
    locale: locale.value,
  }))
}
