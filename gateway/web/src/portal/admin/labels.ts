import { useI18n } from 'vue-i18n'
import type { Reference } from './reference'

/** Names for codes: the locale's own when it has one, else the server's (a category added later), else the code. */
export function useLabels(reference: Reference) {
  const { t, te } = useI18n()
  return {
    category: (code: string) =>
      te(`admin.category.${code}`)
        ? t(`admin.category.${code}`)
        : (reference.categories.value.find((c) => c.code === code)?.name ?? code),
    unit: (code: string | null | undefined) => {
      const name = reference.unitName(code)
      return name && name !== code ? `${name}` : (code ?? '')
    },
    organisation: (code: string | null | undefined) => reference.organisationName(code),
  }
}
