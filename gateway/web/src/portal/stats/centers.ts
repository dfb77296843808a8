import type { OrgUnit } from './types'

/** A center the caller may narrow the report to, with its depth below the caller's own. */
export interface CenterOption {
  code: string
  name: string
  level: string
  depth: number
}

/** Whether `code` is `root` or lies below it (the server's OrgScope.covers). */
export function covers(root: string, code: string): boolean {
  return code === root || code.startsWith(`${root}.`)
}

/**
 * The centers at and below the caller's org unit, parents before children (the API answers 404
 * for anything else). Grids are not centers: disputes are counted at communities and above.
 */
export function centerOptions(units: OrgUnit[], orgUnit: string | null): CenterOption[] {
  if (!orgUnit) return []
  const depth0 = orgUnit.split('.').length
  return units
    .filter((u) => covers(orgUnit, u.code) && u.level !== 'GRID')
    .map((u) => ({ code: u.code, name: u.name, level: u.level, segments: u.code.split('.') }))
    .sort((a, b) => compareSegments(a.segments, b.segments))
    .map(({ code, name, level, segments }) => ({ code, name, level, depth: segments.length - depth0 }))
}

function compareSegments(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1
  }
  return a.length - b.length
}
