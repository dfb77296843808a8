import type { MediationType, OrgLevel, Rule, RuleAudit, RuleCondition } from './types'

/**
 * The routing-rules page's logic: the edit form and its checks (routing rest/dto/RuleDto.java and
 * service/RuleBook.check restated), what a condition says, what changed between audited
 * versions, and the body of a dry run (product-spec §5 create body, as RoutingService.factsOf reads it).
 */

const RULE_ID = /^[a-z][a-z0-9-]{1,79}$/
const CENTER = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/

export interface RuleForm {
  id: string
  position: number | null
  enabled: boolean
  explanation: string
  categories: string[]
  areaCode: string
  minClaimAmount: number | null
  maxClaimAmount: number | null
  minApplicants: number | null
  channels: string[]
  sourcePlatforms: string[]
  /** a rule sends either to a level above the location's community or to one named center */
  target: 'level' | 'center'
  targetLevel: OrgLevel | ''
  targetCenterCode: string
  mediationType: MediationType
  flags: string[]
}

export function newRuleForm(rules: Rule[]): RuleForm {
  const last = Math.max(0, ...rules.map((r) => r.position))
  return {
    id: '',
    position: last + 10,
    enabled: true,
    explanation: '',
    categories: [],
    areaCode: '',
    minClaimAmount: null,
    maxClaimAmount: null,
    minApplicants: null,
    channels: [],
    sourcePlatforms: [],
    target: 'level',
    targetLevel: 'STREET',
    targetCenterCode: '',
    mediationType: 'PEOPLES',
    flags: [],
  }
}

export function ruleForm(r: Rule): RuleForm {
  const c = r.condition
  return {
    id: r.id,
    position: r.position,
    enabled: r.enabled,
    explanation: r.explanation,
    categories: [...(c.categories ?? [])],
    areaCode: c.areaCode ?? '',
    minClaimAmount: c.minClaimAmount,
    maxClaimAmount: c.maxClaimAmount,
    minApplicants: c.minApplicants,
    channels: [...(c.channels ?? [])],
    sourcePlatforms: [...(c.sourcePlatforms ?? [])],
    target: r.targetCenterCode ? 'center' : 'level',
    targetLevel: r.targetLevel ?? '',
    targetCenterCode: r.targetCenterCode ?? '',
    mediationType: r.mediationType,
    flags: [...(r.flags ?? [])],
  }
}

export function ruleOf(f: RuleForm): Rule {
  return {
    id: f.id.trim(),
    position: f.position ?? 0,
    enabled: f.enabled,
    explanation: f.explanation.trim(),
    condition: {
      categories: f.categories,
      areaCode: f.areaCode.trim() || null,
      minClaimAmount: f.minClaimAmount,
      maxClaimAmount: f.maxClaimAmount,
      minApplicants: f.minApplicants,
      channels: f.channels,
      sourcePlatforms: f.sourcePlatforms,
    },
    targetLevel: f.target === 'level' && f.targetLevel ? f.targetLevel : null,
    targetCenterCode: f.target === 'center' && f.targetCenterCode.trim() ? f.targetCenterCode.trim() : null,
    mediationType: f.mediationType,
    flags: f.flags,
  }
}

/**
 * field → message key under `admin.check.*`, keyed by the server's field names so one map holds
 * both (targetLevel carries the "exactly one target" rule, as RuleBook answers it).
 */
export function checkRule(f: RuleForm, existingIds: string[] = []): Record<string, string> {
  const e: Record<string, string> = {}
  if (!RULE_ID.test(f.id.trim())) e.id = 'ruleId'
  else if (existingIds.includes(f.id.trim())) e.id = 'ruleIdTaken'
  if (f.position === null || !Number.isInteger(f.position) || f.position < 0 || f.position > 100000) {
    e.position = 'position'
  }
  if (!f.explanation.trim()) e.explanation = 'required'
  else if (f.explanation.trim().length > 500) e.explanation = 'tooLong'
  if (f.areaCode.trim() && !CENTER.test(f.areaCode.trim())) e['condition.areaCode'] = 'centerCode'
  if (f.minClaimAmount !== null && f.minClaimAmount < 0) e['condition.minClaimAmount'] = 'notNegative'
  if (f.maxClaimAmount !== null && f.maxClaimAmount < 0) e['condition.maxClaimAmount'] = 'notNegative'
  else if (f.minClaimAmount !== null && f.maxClaimAmount !== null && f.maxClaimAmount < f.minClaimAmount) {
    e['condition.maxClaimAmount'] = 'maxBelowMin'
  }
  if (f.minApplicants !== null && (!Number.isInteger(f.minApplicants) || f.minApplicants < 1)) {
    e['condition.minApplicants'] = 'minApplicants'
  }
  if (f.target === 'level' && !f.targetLevel) e.targetLevel = 'required'
  if (f.target === 'center' && !f.targetCenterCode.trim()) e.targetCenterCode = 'required'
  return e
}

/** The fields a rule form shows, for placing the server's field errors. */
export const RULE_FIELDS = [
  'id', 'position', 'enabled', 'explanation', 'condition', 'condition.categories', 'condition.areaCode',
  'condition.minClaimAmount', 'condition.maxClaimAmount', 'condition.minApplicants', 'condition.channels',
  'condition.sourcePlatforms', 'targetLevel', 'targetCenterCode', 'mediationType', 'flags',
] as const

/** What a condition asks for, as label key and values; an empty list means "every dispute". */
export type ConditionPart =
  | { key: 'categories' | 'channels' | 'sourcePlatforms'; values: string[] }
  | { key: 'areaCode'; value: string }
  | { key: 'claimAmount'; min: number | null; max: number | null }
  | { key: 'minApplicants'; value: number }

export function conditionParts(c: RuleCondition): ConditionPart[] {
  const parts: ConditionPart[] = []
  if (c.categories?.length) parts.push({ key: 'categories', values: c.categories })
  if (c.areaCode) parts.push({ key: 'areaCode', value: c.areaCode })
  if (c.minClaimAmount != null || c.maxClaimAmount != null) {
    parts.push({ key: 'claimAmount', min: c.minClaimAmount, max: c.maxClaimAmount })
  }
  if (c.minApplicants != null) parts.push({ key: 'minApplicants', value: c.minApplicants })
  if (c.channels?.length) parts.push({ key: 'channels', values: c.channels })
  if (c.sourcePlatforms?.length) parts.push({ key: 'sourcePlatforms', values: c.sourcePlatforms })
  return parts
}

export function sortRules(rules: Rule[]): Rule[] {
  return [...rules].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
}

/** A stored definition (JSON text in the audit table) as an object. */
export function definitionOf(audit: RuleAudit): Record<string, unknown> {
  if (typeof audit.definition !== 'string') return audit.definition
  try {
    return JSON.parse(audit.definition) as Record<string, unknown>
  } catch {
    return {}
  }
}

const BOOKKEEPING = new Set(['version', 'updatedBy', 'updatedAt'])

/** The definition flattened to dotted keys ("condition.categories"), bookkeeping left out. */
export function flatten(value: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(value)) {
    if (!prefix && BOOKKEEPING.has(k)) continue
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`))
    } else {
      out[`${prefix}${k}`] = Array.isArray(v) ? v.join('、') : v == null ? '' : String(v)
    }
  }
  return out
}

export interface Change {
  field: string
  before: string
  after: string
}

/** What a version changed against the one before it (all of it, for the first version). */
export function changes(before: Record<string, unknown> | null, after: Record<string, unknown>): Change[] {
  const a = before ? flatten(before) : {}
  const b = flatten(after)
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
  return keys
    .filter((k) => (a[k] ?? '') !== (b[k] ?? ''))
    .map((k) => ({ field: k, before: a[k] ?? '', after: b[k] ?? '' }))
}

/** The audit newest first, each with what it changed against the version before it. */
export function auditTrail(audits: RuleAudit[]): (RuleAudit & { changes: Change[] })[] {
  const oldest = [...audits].sort((x, y) => x.version - y.version)
  return oldest
    .map((a, i) => ({ ...a, changes: changes(i === 0 ? null : definitionOf(oldest[i - 1]), definitionOf(a)) }))
    .reverse()
}

export interface DryRunForm {
  category: string
  communityCode: string
  channel: string
  sourcePlatform: string
  claimAmount: number | null
  applicants: number
  respondents: number
}

export function emptyDryRun(): DryRunForm {
  return {
    category: 'NEIGHBOR',
    communityCode: 'longhua.minzhi.minle',
    channel: 'CENTER_PORTAL',
    sourcePlatform: '',
    claimAmount: null,
    applicants: 1,
    respondents: 1,
  }
}

/** A create body with only what routing reads: parties count by role, no personal data. */
export function dryRunBody(f: DryRunForm): Record<string, unknown> {
  const parties = [
    ...Array.from({ length: Math.max(0, f.applicants) }, () => ({ role: 'APPLICANT' })),
    ...Array.from({ length: Math.max(0, f.respondents) }, () => ({ role: 'RESPONDENT' })),
  ]
  const body: Record<string, unknown> = {
    category: f.category,
    channel: f.channel || undefined,
    location: { communityCode: f.communityCode },
    parties,
  }
  if (f.claimAmount !== null) body.claimAmount = f.claimAmount
  if (f.sourcePlatform) body.source = { platform: f.sourcePlatform }
  return body
}

/**
 * Routing explains a center not chosen in fixed English phrases (routing domain/Router.java); a dry
 * run meets only these two. The key under `admin.dry.whyNot.*`, or null to show the server's words.
 */
export function whyNotKey(text: string): string | null {
  if (/^a higher level takes a dispute only by escalation/.test(text)) return 'escalationOnly'
  if (/^the rule sends this dispute to a higher level/.test(text)) return 'higher'
  return null
}
