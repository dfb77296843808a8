import { describe, expect, it } from 'vitest'
import { auditTrail, checkRule, conditionParts, dryRunBody, emptyDryRun, newRuleForm, ruleForm, ruleOf, whyNotKey } from './rules'
import type { Rule } from './types'

const rule: Rule = {
  id: 'hrss-labor-to-street',
  position: 20,
  enabled: true,
  explanation: '人社部门移交的劳动争议，由所在街道的劳动争议调解组织调解。',
  condition: {
    categories: ['LABOR'],
    areaCode: null,
    minClaimAmount: null,
    maxClaimAmount: null,
    minApplicants: null,
    channels: [],
    sourcePlatforms: ['HRSS'],
  },
  targetLevel: 'STREET',
  targetCenterCode: null,
  mediationType: 'INDUSTRY_PROFESSIONAL',
  flags: [],
  version: 1,
}

describe('rule form', () => {
  it('round-trips a rule without its bookkeeping fields', () => {
    const { version, ...definition } = rule
    expect(version).toBe(1)
    expect(ruleOf(ruleForm(rule))).toEqual(definition)
  })

  it('sends exactly one target: the level or the named center, never both', () => {
    const form = ruleForm(rule)
    form.target = 'center'
    form.targetCenterCode = ' longhua '
    expect(ruleOf(form)).toMatchObject({ targetLevel: null, targetCenterCode: 'longhua' })
    expect(checkRule({ ...form, targetCenterCode: '' })).toEqual({ targetCenterCode: 'required' })
  })

  it('restates the server checks with its field names', () => {
    const form = newRuleForm([rule])
    expect(form.position).toBe(30)
    expect(checkRule({ ...form, id: 'Bad id', explanation: '' })).toEqual({ id: 'ruleId', explanation: 'required' })
    expect(checkRule({ ...form, id: 'x-rule', explanation: 'e', minClaimAmount: 500, maxClaimAmount: 100 })).toEqual({
      'condition.maxClaimAmount': 'maxBelowMin',
    })
    expect(checkRule({ ...form, id: 'x-rule', explanation: 'e', areaCode: '民治' })).toEqual({
      'condition.areaCode': 'centerCode',
    })
    expect(checkRule({ ...form, id: rule.id, explanation: 'e' }, [rule.id])).toEqual({ id: 'ruleIdTaken' })
  })

  it('says what a condition asks for, nothing for a catch-all', () => {
    expect(conditionParts(rule.condition)).toEqual([
      { key: 'categories', values: ['LABOR'] },
      { key: 'sourcePlatforms', values: ['HRSS'] },
    ])
    expect(conditionParts({ ...rule.condition, categories: [], sourcePlatforms: [], minClaimAmount: 0 })).toEqual([
      { key: 'claimAmount', min: 0, max: null },
    ])
  })
})

describe('rule audit', () => {
  it('shows each version newest first with what it changed against the one before', () => {
    const v1 = JSON.stringify({ ...rule, version: 1 })
    const v2 = JSON.stringify({ ...rule, version: 2, position: 25, condition: { ...rule.condition, categories: ['LABOR', 'CONTRACT'] } })
    const trail = auditTrail([
      { version: 2, changedBy: 'admin.jiefen', changedAt: '2026-11-24T10:00:00Z', definition: v2 },
      { version: 1, changedBy: 'seed', changedAt: '2026-11-01T10:00:00Z', definition: v1 },
    ])
    expect(trail.map((a) => a.version)).toEqual([2, 1])
    expect(trail[0].changes).toEqual([
      { field: 'position', before: '20', after: '25' },
      { field: 'condition.categories', before: 'LABOR', after: 'LABOR、CONTRACT' },
    ])
    expect(trail[1].changes.map((c) => c.field)).toContain('explanation')
    expect(trail[1].changes.map((c) => c.field)).not.toContain('version')
  })
})

describe('dry run', () => {
  it('sends what routing reads: category, community, channel, amount, platform and applicants by role', () => {
    const body = dryRunBody({ ...emptyDryRun(), category: 'LABOR', claimAmount: 12000, applicants: 3, sourcePlatform: 'HRSS' })
    expect(body).toEqual({
      category: 'LABOR',
      channel: 'CENTER_PORTAL',
      location: { communityCode: 'longhua.minzhi.minle' },
      parties: [{ role: 'APPLICANT' }, { role: 'APPLICANT' }, { role: 'APPLICANT' }, { role: 'RESPONDENT' }],
      claimAmount: 12000,
      source: { platform: 'HRSS' },
    })
    expect(dryRunBody(emptyDryRun())).not.toHaveProperty('source')
    expect(dryRunBody(emptyDryRun())).not.toHaveProperty('claimAmount')
  })
})

describe('centers not chosen', () => {
  it("recognises routing's two fixed reasons and leaves anything else as the server wrote it", () => {
    expect(whyNotKey('a higher level takes a dispute only by escalation (移交)')).toBe('escalationOnly')
    expect(whyNotKey('the rule sends this dispute to a higher level')).toBe('higher')
    expect(whyNotKey('something new')).toBeNull()
  })
})
