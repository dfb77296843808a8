/**
 * The admin pages' API shapes, restating the services' DTOs:
 * mediator-pool rest/dto/{MediatorView,MediatorEdit,LeaveDto,OrganisationDto}.java and
 * roster/ImportReport.java; routing rest/dto/{RuleDto,OrgUnitDto}.java and
 * service/RoutingService.DryRun; sla-monitor rest/dto/{PolicyDto,CalendarDto}.java;
 * intake rest/dto/CategoryDto.java.
 */

export type MediatorKind = 'GRID' | 'PROFESSIONAL' | 'STAFF'
export const MEDIATOR_KINDS: MediatorKind[] = ['GRID', 'PROFESSIONAL', 'STAFF']

export interface Leave {
  id: number
  from: string
  to: string
  reason: string
  recordedAt: string
  recordedBy: string
}

export interface Mediator {
  code: string
  username: string | null
  name: string
  kind: MediatorKind
  centerCode: string
  organisationCode: string | null
  specialties: string[]
  languages: string[]
  capacity: number
  active: boolean
  retiredAt: string | null
  retiredBy: string | null
  retireReason: string | null
  onLeave: boolean
  leaves: Leave[]
  workload: { openAssignments: number; capacity: number; lastAssignedAt: string | null }
}

/** PUT /api/v1/mediators/{code}: the new values; `active: true` reinstates a retired mediator. */
export interface MediatorEdit {
  username: string | null
  name: string
  kind: MediatorKind
  centerCode: string
  organisationCode: string | null
  specialties: string[]
  languages: string[]
  capacity: number
  active?: boolean
}

export interface Organisation {
  code: string
  name: string
  kind: string
  centerCode: string
  active: boolean
}

export interface Category {
  code: string
  name: string
  active?: boolean
}

export type OrgLevel = 'DISTRICT' | 'STREET' | 'COMMUNITY'

export interface OrgUnit {
  code: string
  name: string
  level: OrgLevel
  parentCode: string | null
  sample: boolean
}

export type ImportResult = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'ERROR'

export interface ImportReport {
  dryRun: boolean
  applied: boolean
  created: number
  updated: number
  unchanged: number
  errors: number
  ignoredColumns: string[]
  rows: { row: number; code: string | null; result: ImportResult; errors: { column: string; message: string }[] }[]
}

export type MediationType = 'PEOPLES' | 'ADMINISTRATIVE' | 'INDUSTRY_PROFESSIONAL' | 'COURT_DELEGATED'
export const MEDIATION_TYPES: MediationType[] = ['PEOPLES', 'ADMINISTRATIVE', 'INDUSTRY_PROFESSIONAL', 'COURT_DELEGATED']
export const CHANNELS = ['GRID_MOBILE', 'CENTER_PORTAL', 'PARTNER_TRANSFER'] as const
export const PLATFORMS = ['HRSS', 'PETITION', 'COURT'] as const
export const RULE_FLAGS = ['FAST_TRACK', 'MAJOR_CONSULTATION'] as const
export const LEVELS: OrgLevel[] = ['DISTRICT', 'STREET', 'COMMUNITY']

export interface RuleCondition {
  categories: string[]
  areaCode: string | null
  minClaimAmount: number | null
  maxClaimAmount: number | null
  minApplicants: number | null
  channels: string[]
  sourcePlatforms: string[]
}

export interface Rule {
  id: string
  position: number
  enabled: boolean
  explanation: string
  condition: RuleCondition
  targetLevel: OrgLevel | null
  targetCenterCode: string | null
  mediationType: MediationType
  flags: string[]
  version?: number | null
  updatedBy?: string | null
  updatedAt?: string | null
}

export interface RuleAudit {
  version: number
  changedBy: string
  changedAt: string
  /** the rule as it was defined at this version, as JSON text or an object */
  definition: string | Record<string, unknown>
}

/** POST /api/v1/routing/dry-run: where a draft would go, and why. */
export interface DryRun {
  centerCode: string
  mediationType: string
  flags: string[]
  trace: {
    rule: string
    ruleVersion: number
    explanation: string
    inputs: Record<string, unknown>
    alternatives: unknown[]
    laterMatchingRules: string[] | null
  }
}

export type ClockUnit = 'CALENDAR_DAYS' | 'WORKING_DAYS' | 'MONTHS'
export const CLOCK_UNITS: ClockUnit[] = ['CALENDAR_DAYS', 'WORKING_DAYS', 'MONTHS']
export type ClockScope = 'DISPUTE' | 'STAGE'
export const CLOCK_SCOPES: ClockScope[] = ['DISPUTE', 'STAGE']
export type ClockAction = 'FLAG' | 'REASSIGN' | 'ESCALATE' | 'NOTIFY_ARBITRATION_RIGHT' | 'RETURN_TO_COURT'
export const CLOCK_ACTIONS: ClockAction[] = ['FLAG', 'REASSIGN', 'ESCALATE', 'NOTIFY_ARBITRATION_RIGHT', 'RETURN_TO_COURT']

export interface Policy {
  clock: string
  name: string
  startEvent: string
  length: number
  unit: ClockUnit
  warnAtPercent: number
  consequence: string
  citation: string
  extension: string | null
  condition: Record<string, unknown> | null
  stopEvents: string[] | null
  scope: ClockScope | null
  action: ClockAction | null
  pauseEvents: string[] | null
  pauseCondition: Record<string, unknown> | null
  resumeEvents: string[] | null
  extendEvents: string[] | null
  extendDays: number | null
  maxExtensions: number | null
  version?: number | null
  updatedBy?: string | null
  updatedAt?: string | null
}

export interface Calendar {
  year: number
  notice: string
  holidays: string[]
  makeupWorkdays: string[]
}
