import { describe, expect, it } from 'vitest'
import { courtClock, endOfBeijingDay, timeLeft, toneOf, type CourtClock } from './clock'
import type { CourtApplication, Deadline } from './types'

function app(over: Partial<CourtApplication> = {}): CourtApplication {
  return {
    id: 'a-1',
    disputeId: 'd-1',
    status: 'PENDING',
    courtCode: 'court-longhua',
    centerCode: 'longhua.minzhi.minle',
    parties: [],
    agreement: { terms: '…', effectiveOn: '2026-11-20', applyBy: '2026-12-20' },
    requestedAt: '2026-11-24T02:00:00Z', // 10:00 Beijing, 24 Nov
    ...over,
  }
}

function deadline(over: Partial<Deadline>): Deadline {
  return {
    id: 'x',
    disputeId: 'd-1',
    clock: 'COURT_ACCEPT',
    centerCode: 'longhua.minzhi.minle',
    startedAt: '2026-11-24T02:00:00Z',
    dueAt: '2026-11-27T15:59:59Z',
    dueDate: '2026-11-27',
    provisional: false,
    state: 'OPEN',
    extensions: 0,
    ...over,
  }
}

describe('endOfBeijingDay', () => {
  it('ends the Beijing day n days later, also for an instant that is still the previous day in UTC', () => {
    expect(endOfBeijingDay('2026-11-24T02:00:00Z', 3).toISOString()).toBe('2026-11-27T15:59:59.999Z')
    // 20:00 UTC on the 23rd is 04:00 on the 24th in Beijing
    expect(endOfBeijingDay('2026-11-23T20:00:00Z', 3).toISOString()).toBe('2026-11-27T15:59:59.999Z')
    expect(endOfBeijingDay('2026-12-30T02:00:00Z', 3).toISOString()).toBe('2027-01-02T15:59:59.999Z')
  })
})

describe('courtClock', () => {
  it('takes the running COURT_ACCEPT clock of sla-monitor for a pending application', () => {
    const c = courtClock(app(), [
      deadline({ clock: 'MEDIATION', dueAt: '2026-12-01T00:00:00Z' }),
      deadline({ dueAt: '2026-11-30T15:59:59Z', provisional: true }),
    ])
    expect(c).toMatchObject({ kind: 'ACCEPT', source: 'sla', paused: false, provisional: true })
    expect(c?.dueAt.toISOString()).toBe('2026-11-30T15:59:59.000Z')
  })

  it('ignores a stopped clock and estimates 3 days from the request without one', () => {
    const c = courtClock(app(), [deadline({ state: 'MET' })])
    expect(c).toMatchObject({ kind: 'ACCEPT', source: 'estimate' })
    expect(c?.dueAt.toISOString()).toBe('2026-11-27T15:59:59.999Z')
  })

  it('estimates 15 days from acceptance, +10 when extended, + the days the materials took', () => {
    const accepted = app({ status: 'ACCEPTED', acceptedAt: '2026-11-25T01:00:00Z' })
    expect(courtClock(accepted, null)?.dueAt.toISOString()).toBe('2026-12-10T15:59:59.999Z')
    const extended = { ...accepted, extension: { days: 10, approvedBy: '李院长', reason: 'r', at: '2026-11-26T00:00:00Z' } }
    expect(courtClock(extended, null)).toMatchObject({ kind: 'DECIDE', extended: true })
    expect(courtClock(extended, null)?.dueAt.toISOString()).toBe('2026-12-20T15:59:59.999Z')
    const supplied = {
      ...accepted,
      materials: { items: ['劳动合同'], requestedAt: '2026-11-26T00:00:00Z', suppliedAt: '2026-11-28T12:00:00Z' },
    }
    expect(courtClock(supplied, null)?.dueAt.toISOString()).toBe('2026-12-13T15:59:59.999Z')
  })

  it('is paused while materials are awaited, and gone once decided', () => {
    const waiting = app({ status: 'MATERIALS_REQUESTED', acceptedAt: '2026-11-25T01:00:00Z' })
    expect(courtClock(waiting, [deadline({ clock: 'COURT_DECIDE', state: 'PAUSED' })])).toMatchObject({
      kind: 'DECIDE',
      paused: true,
      source: 'sla',
    })
    expect(courtClock(waiting, null)?.paused).toBe(true)
    expect(courtClock(app({ status: 'CONFIRMED' }), null)).toBeNull()
    expect(courtClock(app({ status: 'REJECTED' }), null)).toBeNull()
  })

  it('keeps sla-monitor\'s own verdict of overdue', () => {
    const c = courtClock(app(), [deadline({ state: 'OVERDUE', dueAt: '2030-01-01T00:00:00Z' })])
    expect(toneOf(c!, new Date('2026-11-25T00:00:00Z'))).toBe('overdue')
  })
})

describe('toneOf', () => {
  const clock = (due: string, paused = false): CourtClock => ({
    kind: 'ACCEPT',
    dueAt: new Date(due),
    paused,
    source: 'sla',
    extended: false,
    overdue: false,
    provisional: false,
  })
  const now = new Date('2026-11-24T00:00:00Z')

  it('is green with more than 3 days left, orange at 3 days or less, red when past due', () => {
    expect(toneOf(clock('2026-11-27T00:00:01Z'), now)).toBe('ok')
    expect(toneOf(clock('2026-11-27T00:00:00Z'), now)).toBe('soon')
    expect(toneOf(clock('2026-11-24T00:00:01Z'), now)).toBe('soon')
    expect(toneOf(clock('2026-11-23T23:59:59Z'), now)).toBe('overdue')
  })

  it('is grey while paused, whatever the date', () => {
    expect(toneOf(clock('2026-11-20T00:00:00Z', true), now)).toBe('paused')
  })
})

describe('timeLeft', () => {
  it('splits what is left, or how long it is overdue, into days, hours and minutes', () => {
    const now = new Date('2026-11-24T00:00:00Z')
    expect(timeLeft(new Date('2026-11-26T05:30:00Z'), now)).toEqual({ overdue: false, days: 2, hours: 5, minutes: 30 })
    expect(timeLeft(new Date('2026-11-23T22:45:00Z'), now)).toEqual({ overdue: true, days: 0, hours: 1, minutes: 15 })
  })
})
