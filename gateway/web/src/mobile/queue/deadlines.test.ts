import { describe, expect, it } from 'vitest'
import {
  deadlineColour,
  pressingDeadline,
  timeLeft,
  workingDays,
  workingDaysLeft,
  yearsOf,
} from './deadlines'
import type { Deadline } from './types'

/** A China wall-clock time. */
const cst = (local: string) => new Date(`${local}+08:00`)
const weekdays = workingDays([])

describe('deadlineColour', () => {
  it('is red once the deadline has passed', () => {
    expect(deadlineColour(cst('2026-11-24T23:59:59'), cst('2026-11-25T00:00:01'), weekdays)).toBe('red')
  })

  it('is orange with 24 hours or less left', () => {
    expect(deadlineColour(cst('2026-11-25T09:00:00'), cst('2026-11-24T09:00:00'), weekdays)).toBe('orange')
    expect(deadlineColour(cst('2026-11-25T08:00:00'), cst('2026-11-24T09:00:00'), weekdays)).toBe('orange')
  })

  it('is orange on a Friday with the deadline on Monday night: one working day is left', () => {
    // 62 hours, but Saturday and Sunday are no working days.
    expect(deadlineColour(cst('2026-11-30T23:59:59'), cst('2026-11-27T10:00:00'), weekdays)).toBe('orange')
  })

  it('is green on a Thursday with the deadline on Monday night: Friday and Monday are left', () => {
    expect(deadlineColour(cst('2026-11-30T23:59:59'), cst('2026-11-26T10:00:00'), weekdays)).toBe('green')
  })

  it('counts the State Council holidays as days off', () => {
    const now = cst('2026-09-30T10:00:00') // Wednesday before National Day
    const due = cst('2026-10-02T23:59:59') // Friday
    expect(deadlineColour(due, now, weekdays)).toBe('green')
    const notice = workingDays([
      { year: 2026, notice: '国庆节', holidays: ['2026-10-01', '2026-10-02'], makeupWorkdays: [] },
    ])
    expect(deadlineColour(due, now, notice)).toBe('orange')
  })

  it('counts a 调休 make-up Sunday as a working day', () => {
    const now = cst('2026-09-25T10:00:00') // Friday
    const due = cst('2026-09-28T23:59:59') // Monday
    expect(deadlineColour(due, now, weekdays)).toBe('orange')
    const notice = workingDays([
      { year: 2026, notice: '调休', holidays: [], makeupWorkdays: ['2026-09-27'] },
    ])
    expect(deadlineColour(due, now, notice)).toBe('green')
  })

  it('reads dates in China, not in the browser zone', () => {
    // 2026-11-26T17:00Z is already Friday 01:00 in China.
    expect(workingDaysLeft(cst('2026-11-30T23:59:59'), new Date('2026-11-26T17:00:00Z'), weekdays)).toBe(1)
  })
})

describe('timeLeft', () => {
  it('says days and hours, and whether overdue', () => {
    expect(timeLeft(cst('2026-11-27T12:00:00'), cst('2026-11-25T09:30:00'))).toEqual({
      overdue: false,
      days: 2,
      hours: 2,
    })
    expect(timeLeft(cst('2026-11-25T09:00:00'), cst('2026-11-25T14:00:00'))).toEqual({
      overdue: true,
      days: 0,
      hours: 5,
    })
  })
})

function clock(clock: string, dueAt: string, state = 'OPEN'): Deadline {
  return {
    id: clock,
    disputeId: 'd',
    clock,
    centerCode: 'longhua.minzhi.minle',
    startedAt: '2026-11-20T02:00:00Z',
    warnAt: '2026-11-22T02:00:00Z',
    dueAt,
    dueDate: dueAt.substring(0, 10),
    provisional: false,
    state,
    citation: null,
    closedAt: null,
  }
}

describe('pressingDeadline', () => {
  const deadlines = [
    clock('PEOPLES_MEDIATION', '2026-12-20T15:59:59Z'),
    clock('MEDIATOR_ACCEPT', '2026-11-25T15:59:59Z'),
    clock('CENTER_ACK', '2026-11-21T15:59:59Z', 'MET'),
    clock('MEDIATOR_CONTACT', '2026-11-28T15:59:59Z'),
  ]

  it('is the acceptance clock while the offer waits for an answer', () => {
    expect(pressingDeadline(deadlines, true)?.clock).toBe('MEDIATOR_ACCEPT')
  })

  it('is the running clock due first otherwise, never a closed one', () => {
    const accepted = deadlines.map((d) => (d.clock === 'MEDIATOR_ACCEPT' ? { ...d, state: 'MET' } : d))
    expect(pressingDeadline(accepted, false)?.clock).toBe('MEDIATOR_CONTACT')
  })

  it('skips the center\'s acknowledgement clock: staff meet it, not the mediator', () => {
    const withAck = [clock('CENTER_ACK', '2026-11-22T15:59:59Z'), clock('LABOR_MEDIATION', '2026-12-10T15:59:59Z')]
    expect(pressingDeadline(withAck, false)?.clock).toBe('LABOR_MEDIATION')
  })

  it('keeps an overdue clock: the work is still owed', () => {
    expect(pressingDeadline([clock('MEDIATOR_CONTACT', '2026-11-20T15:59:59Z', 'OVERDUE')], false)?.clock).toBe(
      'MEDIATOR_CONTACT',
    )
  })

  it('is null when no clock runs', () => {
    expect(pressingDeadline([clock('CENTER_ACK', '2026-11-21T15:59:59Z', 'MET')], false)).toBeNull()
  })
})

describe('yearsOf', () => {
  it('asks for the notices of this year and of the years deadlines fall in', () => {
    expect(yearsOf(cst('2026-12-30T10:00:00'), [cst('2027-01-04T23:59:59'), cst('2026-12-31T23:59:59')])).toEqual([
      2026, 2027,
    ])
  })
})
