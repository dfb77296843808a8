import { describe, expect, it } from 'vitest'
import {
  allowedActions,
  beijingYear,
  decisionBody,
  decisionProblems,
  fieldErrors,
  IdempotencyKeys,
  itemsProblem,
  materialsBody,
  partiesByRole,
  rulingNumberProblem,
  timeline,
  type DecisionForm,
} from './rules'
import type { CourtApplication } from './types'

const base: CourtApplication = {
  id: 'a-1',
  disputeId: 'd-1',
  status: 'PENDING',
  courtCode: 'court-longhua',
  centerCode: 'longhua.minzhi.minle',
  parties: [
    { role: 'RESPONDENT', name: '某某物业公司' },
    { role: 'APPLICANT', name: '李四' },
    { role: 'APPLICANT', name: '王五' },
  ],
  agreement: { terms: '…', effectiveOn: '2026-11-20', applyBy: '2026-12-20' },
  requestedAt: '2026-11-24T02:00:00Z',
}

describe('allowedActions', () => {
  it('follows the transitions of the application', () => {
    expect(allowedActions(base)).toEqual({ accept: true, materials: false, extend: false, decide: false })
    expect(allowedActions({ ...base, status: 'ACCEPTED' })).toEqual({ accept: false, materials: true, extend: true, decide: true })
    expect(allowedActions({ ...base, status: 'MATERIALS_REQUESTED' })).toEqual({
      accept: false,
      materials: false,
      extend: true,
      decide: true,
    })
    const extended = { ...base, status: 'ACCEPTED' as const, extension: { days: 10, approvedBy: 'x', reason: 'y', at: base.requestedAt } }
    expect(allowedActions(extended).extend).toBe(false)
    expect(allowedActions({ ...base, status: 'CONFIRMED' })).toEqual({ accept: false, materials: false, extend: false, decide: false })
  })
})

describe('materials', () => {
  it('takes one item per non-blank line', () => {
    expect(materialsBody(' 劳动合同原件 \r\n\n 身份证复印件\n  ')).toEqual({ items: ['劳动合同原件', '身份证复印件'] })
  })
  it('needs 1 to 20 items of at most 500 characters', () => {
    expect(itemsProblem({ items: [] })).toBe('required')
    expect(itemsProblem({ items: Array(21).fill('x') })).toBe('tooMany')
    expect(itemsProblem({ items: ['x'.repeat(501)] })).toBe('tooLong')
    expect(itemsProblem({ items: ['x'.repeat(500)] })).toBeNull()
  })
})

describe('rulingNumberProblem (RulingNumber.java)', () => {
  it('accepts half- and full-width brackets', () => {
    expect(rulingNumberProblem('(2026)粤0309民特123号', 2026)).toBeNull()
    expect(rulingNumberProblem(' （2027）粤0309民特1号 ', 2026)).toBeNull()
  })
  it('names what is wrong', () => {
    expect(rulingNumberProblem('  ', 2026)).toBe('required')
    expect(rulingNumberProblem('(2026)粤0309民初123号', 2026)).toBe('format')
    expect(rulingNumberProblem('(2026)粤309民特123号', 2026)).toBe('format')
    expect(rulingNumberProblem('(2025)粤0309民特123号', 2026)).toBe('year')
    expect(rulingNumberProblem('(2026)粤0309民特0号', 2026)).toBe('serial')
  })
  it('reads the year in Beijing time', () => {
    expect(beijingYear('2026-12-31T16:30:00Z')).toBe(2027)
  })
})

describe('decision', () => {
  const confirm: DecisionForm = { result: 'CONFIRMED', rulingNumber: ' (2026)粤0309民特12号 ', reasonCode: '', reason: '' }
  const reject: DecisionForm = { result: 'REJECTED', rulingNumber: '(2026)粤0309民特12号', reasonCode: 'UNCLEAR_CONTENT', reason: ' 履行期限不明 ' }

  it('sends only what the chosen result needs', () => {
    expect(decisionBody(confirm)).toEqual({ result: 'CONFIRMED', rulingNumber: '(2026)粤0309民特12号', reason: undefined })
    expect(decisionBody(reject)).toEqual({ result: 'REJECTED', reasonCode: 'UNCLEAR_CONTENT', reason: '履行期限不明' })
  })

  it('checks the field each result needs', () => {
    expect(decisionProblems(confirm, 2026)).toEqual({})
    expect(decisionProblems({ ...confirm, rulingNumber: '123' }, 2026)).toEqual({ rulingNumber: 'ruling.format' })
    expect(decisionProblems({ ...reject, reasonCode: '' }, 2026)).toEqual({ reasonCode: 'groundRequired' })
    expect(decisionProblems({ ...reject, reasonCode: 'OTHER', reason: ' ' }, 2026)).toEqual({ reason: 'otherNeedsReason' })
    expect(decisionProblems({ ...reject, reason: 'x'.repeat(2001) }, 2026)).toEqual({ reason: 'tooLong' })
  })
})

describe('fieldErrors', () => {
  it('puts each field error next to its field and the rest above the form', () => {
    const problem = {
      status: 400,
      detail: '2 field(s) invalid',
      errors: [
        { field: 'items[1]', message: 'must not be blank' },
        { field: 'Idempotency-Key', message: 'required' },
      ],
    }
    expect(fieldErrors(problem, ['items'])).toEqual({ byField: { items: 'must not be blank' }, general: 'Idempotency-Key: required' })
  })
  it('shows the detail of a problem without field errors', () => {
    expect(fieldErrors({ status: 409, detail: 'the application is CONFIRMED; it cannot be decided' }, ['rulingNumber'])).toEqual({
      byField: {},
      general: 'the application is CONFIRMED; it cannot be decided',
    })
  })
})

describe('IdempotencyKeys', () => {
  it('reuses the key for the same action and body, and makes a new one otherwise', () => {
    let n = 0
    const keys = new IdempotencyKeys(() => `k${++n}`)
    expect(keys.keyFor('decide a-1', { result: 'CONFIRMED' })).toBe('k1')
    expect(keys.keyFor('decide a-1', { result: 'CONFIRMED' })).toBe('k1')
    expect(keys.keyFor('decide a-1', { result: 'REJECTED' })).toBe('k2')
    expect(keys.keyFor('decide a-2', { result: 'CONFIRMED' })).toBe('k3')
  })
})

describe('timeline', () => {
  it('tells the history from the application\'s dates, oldest first', () => {
    const done: CourtApplication = {
      ...base,
      status: 'CONFIRMED',
      acceptedAt: '2026-11-25T01:00:00Z',
      materials: { items: ['劳动合同原件'], requestedAt: '2026-11-26T01:00:00Z', suppliedAt: '2026-11-27T01:00:00Z', note: '已补交' },
      extension: { days: 10, approvedBy: '李院长', reason: '核实履行能力', at: '2026-11-26T03:00:00Z' },
      decision: { result: 'CONFIRMED', rulingNumber: '(2026)粤0309民特12号', decidedAt: '2026-11-28T01:00:00Z' },
    }
    expect(timeline(done).map((e) => [e.kind, e.lines])).toEqual([
      ['REQUESTED', []],
      ['ACCEPTED', []],
      ['MATERIALS_REQUESTED', ['劳动合同原件']],
      ['EXTENDED', ['李院长', '核实履行能力']],
      ['MATERIALS_SUPPLIED', ['已补交']],
      ['CONFIRMED', ['(2026)粤0309民特12号']],
    ])
  })
})

describe('partiesByRole', () => {
  it('lists applicants first, then respondents', () => {
    expect(partiesByRole(base)).toEqual([
      { role: 'APPLICANT', names: ['李四', '王五'] },
      { role: 'RESPONDENT', names: ['某某物业公司'] },
    ])
  })
})
