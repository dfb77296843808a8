import type { OrgUnit } from './types'

/** Centers that take disputes: the org tree's grids are areas of a community, not centers. */
const CENTER_LEVELS = new Set(['DISTRICT', 'STREET', 'COMMUNITY'])

export interface TransferTargets {
  /** Centers above the holding one, nearest first (escalation, 上移). */
  up: OrgUnit[]
  /** Centers within the caller's own org unit other than the holding one (referral, 下转). */
  down: OrgUnit[]
}

function covers(scope: string, code: string): boolean {
  return code === scope || code.startsWith(`${scope}.`)
}

/**
 * Where staff may move a dispute, as routing's TransferService allows it: up to any center above
 * the holding center, or down to any center their own org unit covers.
 */
export function transferTargets(units: OrgUnit[], holding: string, callerOrg: string | null): TransferTargets {
  const centers = units.filter((u) => CENTER_LEVELS.has(u.level) && u.code !== holding)
  const up = centers
    .filter((u) => holding.startsWith(`${u.code}.`))
    .sort((a, b) => b.code.length - a.code.length)
  const upCodes = new Set(up.map((u) => u.code))
  const down = callerOrg
    ? centers.filter((u) => covers(callerOrg, u.code) && !upCodes.has(u.code)).sort((a, b) => a.code.localeCompare(b.code))
    : []
  return { up, down }
}

/** A center's name from the org tree; a code the tree does not know stays a code. */
export function unitNames(units: OrgUnit[]): (code: string) => string {
  const byCode = new Map(units.map((u) => [u.code, u]))
  return (code) => byCode.get(code)?.name ?? code
}
