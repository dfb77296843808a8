import { dateTime } from '../../shared/format'
import type { RoutingDecision } from './types'
import { joinList, label, money, type Words } from './words'

/** A routing decision in words a citizen or a colleague can read (PIPL Art. 24). */
export interface DecisionWords {
  sentence: string
  details: string[]
}

const TRANSFERS: Record<string, string> = {
  'transfer-escalation': 'case.routing.escalation',
  'transfer-referral': 'case.routing.referral',
  'auto-escalation': 'case.routing.auto',
  'sla-escalation': 'case.routing.sla',
}

/**
 * `centerName` turns an org unit code into its name (the org tree); unknown codes stay codes.
 * Transfers read from/to/by/reason from the trace inputs; rule decisions name the rule, its
 * version, the explanation the rule's author wrote and the facts it read.
 */
export function describeDecision(
  d: RoutingDecision,
  centerName: (code: string) => string,
  w: Words,
): DecisionWords {
  const trace = d.trace ?? { rule: d.rule }
  const inputs = (trace.inputs ?? {}) as Record<string, unknown>
  const when = dateTime(d.decidedAt, w.locale)
  const to = centerName(d.centerCode)
  const details: string[] = []
  const transferKey = TRANSFERS[d.rule]
  let sentence: string
  if (transferKey) {
    const from = typeof inputs.fromCenterCode === 'string' ? centerName(inputs.fromCenterCode) : w.t('case.unknown')
    const by = !inputs.by || inputs.by === 'system' ? w.t('case.routing.system') : String(inputs.by)
    sentence = w.t(transferKey, { when, from, to, by })
    if (typeof inputs.reason === 'string' && inputs.reason) details.push(w.t('case.routing.reason', { reason: inputs.reason }))
  } else {
    sentence = w.t('case.routing.rule', {
      when,
      rule: d.rule,
      version: trace.ruleVersion ?? 1,
      to,
      type: label(w, 'case.mediationType', d.mediationType),
    })
    if (trace.explanation) details.push(w.t('case.routing.explanation', { text: trace.explanation }))
    const facts = factWords(inputs, centerName, w)
    if (facts.length > 0) details.push(w.t('case.routing.inputs', { list: joinList(w, facts) }))
  }
  if (d.flags && d.flags.length > 0) {
    details.push(w.t('case.routing.flags', { list: joinList(w, d.flags.map((f) => label(w, 'case.flag', f))) }))
  }
  for (const alt of trace.alternatives ?? []) {
    if (alt.whyNot) details.push(w.t('case.routing.alternative', { center: centerName(alt.centerCode), why: whyNot(alt.whyNot, w) }))
  }
  if (trace.laterMatchingRules && trace.laterMatchingRules.length > 0) {
    details.push(w.t('case.routing.later', { list: joinList(w, trace.laterMatchingRules) }))
  }
  return { sentence, details }
}

/** Routing states why a center was not chosen in fixed English phrases; the known ones are translated. */
const WHY_NOT: [RegExp, string][] = [
  [/^a higher level takes a dispute only by escalation/, 'case.routing.whyNot.escalationOnly'],
  [/^the rule sends this dispute to a higher level/, 'case.routing.whyNot.higher'],
  [/^mediation failed there/, 'case.routing.whyNot.failed'],
  [/^its (\S+) clock ran out there/, 'case.routing.whyNot.overdue'],
  [/^transferred away by (\S+)/, 'case.routing.whyNot.transferred'],
]

export function whyNot(text: string, w: Words): string {
  for (const [pattern, key] of WHY_NOT) {
    const m = pattern.exec(text)
    if (m) return w.t(key, { x: m[1] ? label(w, 'case.clock.names', m[1]) : '' })
  }
  return text
}

function factWords(inputs: Record<string, unknown>, centerName: (code: string) => string, w: Words): string[] {
  const out: string[] = []
  const put = (key: string, value: string) => out.push(w.t(`case.routing.input.${key}`, { v: value }))
  if (typeof inputs.category === 'string') put('category', label(w, 'case.category', inputs.category))
  if (typeof inputs.communityCode === 'string') put('communityCode', centerName(inputs.communityCode))
  if (inputs.claimAmount !== null && inputs.claimAmount !== undefined) {
    put('claimAmount', w.t('case.yuan', { n: money(inputs.claimAmount as number, w.locale) }))
  }
  if (typeof inputs.applicants === 'number' && inputs.applicants > 0) put('applicants', String(inputs.applicants))
  if (typeof inputs.channel === 'string') put('channel', label(w, 'case.channel', inputs.channel))
  if (typeof inputs.sourcePlatform === 'string') put('sourcePlatform', label(w, 'case.platform', inputs.sourcePlatform))
  return out
}
