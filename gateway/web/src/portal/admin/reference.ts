import { ref, type Ref } from 'vue'
import type { Api } from '@shared/api'
import type { Category, Organisation, OrgUnit } from './types'

/**
 * Reference data every admin page shows names from (org tree, categories, organisations), read
 * once per page load: all three are readable by every signed-in user. A failure leaves the list
 * empty and the pages show codes instead of names.
 */
export interface Reference {
  units: Ref<OrgUnit[]>
  categories: Ref<Category[]>
  organisations: Ref<Organisation[]>
  unitName(code: string | null | undefined): string
  organisationName(code: string | null | undefined): string
}

let cached: Reference | null = null

export function useReference(api: Api): Reference {
  if (cached) return cached
  const units = ref<OrgUnit[]>([])
  const categories = ref<Category[]>([])
  const organisations = ref<Organisation[]>([])
  api.get<OrgUnit[]>('/org-units').then((v) => (units.value = v), () => {})
  api.get<Category[]>('/categories').then((v) => (categories.value = v), () => {})
  api.get<Organisation[]>('/organisations').then((v) => (organisations.value = v), () => {})
  cached = {
    units,
    categories,
    organisations,
    unitName: (code) => (code ? (units.value.find((u) => u.code === code)?.name ?? code) : ''),
    organisationName: (code) => (code ? (organisations.value.find((o) => o.code === code)?.name ?? code) : ''),
  }
  return cached
}
