import type { Api } from '@shared/api'

/** GET /api/v1/categories (services/intake rest/dto/CategoryDto.java) */
export interface Category {
  code: string
  name: string
  active?: boolean | null
}

/** GET /api/v1/org-units (services/routing rest/dto/OrgUnitDto.java) */
export interface OrgUnit {
  code: string
  name: string
  level: string
  parentCode: string | null
  sample?: boolean
}

/**
 * The communities a caller may report in: their own when they belong to one, else those under
 * their street or district (intake refuses a community outside the caller's org unit).
 */
export function communitiesFor(units: OrgUnit[], orgUnit: string | null): OrgUnit[] {
  if (!orgUnit) return []
  return units.filter(
    (u) => u.level === 'COMMUNITY' && (u.code === orgUnit || u.code.startsWith(`${orgUnit}.`)),
  )
}

/**
 * The grids of a community, should the org tree ever carry them (children of the community). The
 * tree served today ends at communities, so the form then takes the grid as free text.
 */
export function gridsOf(units: OrgUnit[], community: string): OrgUnit[] {
  return units.filter((u) => u.parentCode === community && u.level !== 'COMMUNITY')
}

export function activeCategories(list: Category[]): Category[] {
  return list.filter((c) => c.active !== false)
}

/**
 * A reference list from the API, or as last loaded when the phone is offline, so the form works
 * without a signal. `cached` tells the screen to say so.
 */
export async function loadList<T>(
  api: Api,
  path: string,
  storage: Storage = window.localStorage,
): Promise<{ data: T; cached: boolean }> {
  const key = `jiefen.cache${path}`
  try {
    const data = await api.get<T>(path)
    storage.setItem(key, JSON.stringify(data))
    return { data, cached: false }
  } catch (error) {
    const saved = storage.getItem(key)
    if (saved) return { data: JSON.parse(saved) as T, cached: true }
    throw error
  }
}

/** The list as last loaded, at once and without the network (null if never loaded here). */
export function cachedList<T>(path: string, storage: Storage = window.localStorage): T | null {
  const saved = storage.getItem(`jiefen.cache${path}`)
  try {
    return saved ? (JSON.parse(saved) as T) : null
  } catch {
    return null
  }
}
