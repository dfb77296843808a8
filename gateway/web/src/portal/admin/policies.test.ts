import { describe, expect, it } from 'vitest'
import { checkCalendar, checkPolicy, parseDates, policyForm, policyOf, runs, weekday } from './policies'
import type { Policy } from './types'

const policy: Policy = {
  clock: 'MEDIATOR_ACCEPT',
  name: '调解员接受指派',
  startEvent: 'dispute.assigned.v1',
  length: 3,
  unit: 'WORKING_DAYS',
  warnAtPercent: 80,
  consequence: 'No answer: the assignment is withdrawn and the dispute reassigned.',
  citation: '《人民法院在线调解规则》第十二条',
  extension: null,
  condition: null,
  stopEvents: ['mediation.accepted.v1', 'mediation.declined.v1'],
  scope: 'STAGE',
  action: 'REASSIGN',
  pauseEvents: [],
  pauseCondition: null,
  resumeEvents: [],
  extendEvents: [],
  extendDays: null,
  maxExtensions: 0,
  version: 3,
  updatedBy: 'admin.jiefen',
  updatedAt: '2026-11-24T10:00:00Z',
}

describe('policy form', () => {
  it('round-trips a policy without its version', () => {
    const { version, updatedBy, updatedAt, ...definition } = policy
    expect([version, updatedBy, updatedAt]).toEqual([3, 'admin.jiefen', '2026-11-24T10:00:00Z'])
    expect(policyOf(policyForm(policy))).toEqual(definition)
  })

  it('reads a condition as a JSON object and events one per line or comma-separated', () => {
    const form = { ...policyForm(policy), condition: '{"/category": "LABOR"}', stopEvents: 'a.b.v1, c.d.v2\ne.v1' }
    expect(checkPolicy(form)).toEqual({})
    expect(policyOf(form)).toMatchObject({ condition: { '/category': 'LABOR' }, stopEvents: ['a.b.v1', 'c.d.v2', 'e.v1'] })
  })

  it('restates the server checks', () => {
    const form = policyForm(policy)
    expect(
      checkPolicy({ ...form, citation: ' ', warnAtPercent: 100, condition: '[1]', startEvent: 'DisputeAssigned' }),
    ).toEqual({ citation: 'required', warnAtPercent: 'warnAt', condition: 'jsonObject', startEvent: 'event' })
    expect(checkPolicy({ ...form, unit: 'MONTHS', length: 121 })).toEqual({ length: 'lengthMonths' })
    expect(checkPolicy({ ...form, pauseEvents: 'appraisal.started.v1' })).toEqual({ resumeEvents: 'pauseResume' })
    expect(checkPolicy({ ...form, extendDays: 0, maxExtensions: 11 })).toEqual({
      extendDays: 'extendDays',
      maxExtensions: 'maxExtensions',
    })
  })
})

describe('legal calendar', () => {
  it('groups days off into the runs the notice states', () => {
    expect(runs(['2026-02-16', '2026-02-15', '2026-02-17', '2026-01-01', '2026-02-28', '2026-03-01'])).toEqual([
      { from: '2026-01-01', to: '2026-01-01', days: 1 },
      { from: '2026-02-15', to: '2026-02-17', days: 3 },
      { from: '2026-02-28', to: '2026-03-01', days: 2 },
    ])
  })

  it('reads typed dates and names those that are not calendar dates', () => {
    expect(parseDates('2026-10-01, 2026-10-02\n2026-02-30 2026-1-3 2026-10-01')).toEqual({
      dates: ['2026-10-01', '2026-10-02'],
      invalid: ['2026-02-30', '2026-1-3'],
    })
  })

  it('refuses dates of another year and a day both off and worked', () => {
    expect(checkCalendar(2026, '通知', '2026-10-01', '2026-09-28')).toEqual({})
    expect(checkCalendar(2026, '', '2025-10-01', '2026-10-01')).toEqual({ notice: 'required', holidays: 'datesYear' })
    expect(checkCalendar(2026, 'n', '2026-10-01', '2026-10-01')).toEqual({ makeupWorkdays: 'bothKinds' })
  })

  it('knows the weekday of a date whatever the zone', () => {
    expect(weekday('2026-11-24')).toBe(2)
    expect(weekday('2026-02-14')).toBe(6)
  })
})
