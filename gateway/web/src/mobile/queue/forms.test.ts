import { describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/api'
import {
  chinaInstant,
  outcomeErrors,
  outcomeRequest,
  problemOf,
  sessionErrors,
  sessionRequest,
  splitNames,
  suggestionsFor,
  type OutcomeForm,
  type SessionForm,
} from './forms'

const session: SessionForm = {
  kind: 'SESSION',
  mode: 'IN_PERSON',
  date: '2026-11-24',
  time: '15:30',
  withOtherParty: true,
  participants: '张三、深圳市某某物流有限公司\n李四',
  notes: '  双方同意下周再谈  ',
}

describe('session form', () => {
  it('reads the time as China time', () => {
    expect(chinaInstant('2026-11-24', '15:30')).toBe('2026-11-24T07:30:00.000Z')
  })

  it('splits participants on lines, 、 and commas', () => {
    expect(splitNames('张三, 李四，王五、\n\n赵六')).toEqual(['张三', '李四', '王五', '赵六'])
  })

  it('builds the request the pool takes', () => {
    expect(sessionRequest(session)).toEqual({
      kind: 'SESSION',
      mode: 'IN_PERSON',
      heldAt: '2026-11-24T07:30:00.000Z',
      withOtherParty: true,
      participants: ['张三', '深圳市某某物流有限公司', '李四'],
      notes: '双方同意下周再谈',
    })
    expect(sessionRequest({ ...session, notes: ' ' })).not.toHaveProperty('notes')
  })

  it('refuses a session held in the future', () => {
    expect(sessionErrors(session, new Date('2026-11-24T07:00:00Z'))).toEqual({ heldAt: 'future' })
    expect(sessionErrors(session, new Date('2026-11-24T08:00:00Z'))).toEqual({})
    expect(sessionErrors({ ...session, time: '' }, new Date())).toEqual({ heldAt: 'required' })
  })
})

const settled: OutcomeForm = {
  result: 'SETTLED',
  facts: '被申请人拖欠工资12000元。',
  terms: '一、被申请人于2026年12月31日前支付12000元。',
  effectiveOn: '2026-11-24',
  performanceDeadline: '2026-12-31',
  signatures: [
    { party: '张三', signed: true, channel: 'IN_PERSON' },
    { party: '深圳市某某物流有限公司', signed: true, channel: 'MOBILE' },
  ],
  requestConfirmation: true,
  reason: '',
  suggestion: null,
}

describe('outcome form', () => {
  it('a complete settlement has no gaps and becomes the pool request with every signature', () => {
    expect(outcomeErrors(settled, 'LABOR', '2026-11-24')).toEqual({})
    expect(outcomeRequest(settled, '2026-11-24T07:00:00Z')).toEqual({
      result: 'SETTLED',
      requestConfirmation: true,
      agreement: {
        facts: settled.facts,
        terms: settled.terms,
        effectiveOn: '2026-11-24',
        performanceDeadline: '2026-12-31',
        signatures: [
          { party: '张三', signedAt: '2026-11-24T07:00:00Z', channel: 'IN_PERSON' },
          { party: '深圳市某某物流有限公司', signedAt: '2026-11-24T07:00:00Z', channel: 'MOBILE' },
        ],
      },
    })
  })

  it('a settlement needs every party signed, today or earlier, and a deadline not before it', () => {
    const form = {
      ...settled,
      terms: ' ',
      effectiveOn: '2026-11-25',
      performanceDeadline: '2026-11-20',
      signatures: [settled.signatures[0], { ...settled.signatures[1], signed: false }],
    }
    expect(outcomeErrors(form, 'LABOR', '2026-11-24')).toEqual({
      'agreement.terms': 'required',
      'agreement.effectiveOn': 'future',
      'agreement.performanceDeadline': 'beforeEffective',
      'agreement.signatures': 'unsigned',
    })
  })

  it('a failure needs a reason and a way on; a labour dispute goes to arbitration, not to court', () => {
    const failed: OutcomeForm = { ...settled, result: 'FAILED', reason: '', suggestion: null }
    expect(outcomeErrors(failed, 'LABOR', '2026-11-24')).toEqual({ reason: 'required', suggestion: 'required' })
    expect(suggestionsFor('LABOR')).not.toContain('LITIGATION')
    expect(suggestionsFor('NEIGHBOR')).toContain('LITIGATION')
    expect(
      outcomeErrors({ ...failed, reason: '拒绝调解', suggestion: 'LITIGATION' }, 'LABOR', '2026-11-24'),
    ).toEqual({ suggestion: 'laborArbitration' })
    expect(outcomeRequest({ ...failed, reason: ' 拒绝调解 ', suggestion: 'ARBITRATION' }, 'x')).toEqual({
      result: 'FAILED',
      reason: '拒绝调解',
      suggestion: 'ARBITRATION',
    })
  })
})

describe('problemOf', () => {
  it('puts each server field error under its form field and the rest above the form', () => {
    const error = new ApiError({
      status: 400,
      title: 'Bad Request',
      errors: [
        { field: 'agreement.signatures[1].party', message: 'is not a party of the dispute' },
        { field: 'agreement.signatures', message: 'every party must sign; missing: 李四' },
        { field: 'reason', message: 'required when the mediation failed' },
        { field: 'agreement.facts', message: 'must not be blank' },
      ],
    })
    expect(problemOf(error, ['agreement.signatures', 'agreement.facts'])).toEqual({
      fields: {
        'agreement.signatures': '[1].party: is not a party of the dispute；every party must sign; missing: 李四',
        'agreement.facts': 'must not be blank',
      },
      general: 'reason: required when the mediation failed',
    })
  })

  it('shows the detail of a problem without field errors, and a network failure as it is', () => {
    const conflict = new ApiError({ status: 409, detail: 'the mediation is paused; resume it before the outcome' })
    expect(problemOf(conflict, ['reason'])).toEqual({
      fields: {},
      general: 'the mediation is paused; resume it before the outcome',
    })
    expect(problemOf(new TypeError('Failed to fetch'), []).general).toBe('Failed to fetch')
  })
})
