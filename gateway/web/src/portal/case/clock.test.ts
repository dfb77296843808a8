import { describe, expect, it } from 'vitest'
import { clockTone, spanTo, timeLeftWords, toneTag } from './clock'
import { testWords } from './testWords'

const now = Date.parse('2026-11-24T08:00:00Z')
const clock = (state: string, warnAt: string | null, dueAt: string | null) => ({ state, warnAt, dueAt })

describe('clockTone', () => {
  it('is running before the warning point, due soon after it, overdue at the due instant', () => {
    expect(clockTone(clock('OPEN', '2026-11-24T09:00:00Z', '2026-11-25T08:00:00Z'), now)).toBe('running')
    expect(clockTone(clock('OPEN', '2026-11-24T07:00:00Z', '2026-11-25T08:00:00Z'), now)).toBe('due-soon')
    expect(clockTone(clock('OPEN', '2026-11-23T07:00:00Z', '2026-11-24T08:00:00Z'), now)).toBe('overdue')
  })
  it('follows the monitor for flagged, paused and finished clocks', () => {
    expect(clockTone(clock('OVERDUE', null, '2026-12-30T00:00:00Z'), now)).toBe('overdue')
    expect(clockTone(clock('PAUSED', '2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z'), now)).toBe('paused')
    expect(clockTone(clock('MET', null, '2026-11-21T00:00:00Z'), now)).toBe('met')
    expect(clockTone(clock('LATE', null, null), now)).toBe('late')
    expect(clockTone(clock('HANDED_OVER', null, null), now)).toBe('ended')
  })
  it('colours red, amber, blue, green and grey', () => {
    expect(['overdue', 'due-soon', 'running', 'met', 'paused'].map((t) => toneTag(t as never))).toEqual([
      'danger', 'warning', 'primary', 'success', 'info',
    ])
  })
})

describe('time left', () => {
  it('splits into days, hours and minutes', () => {
    expect(spanTo('2026-11-26T11:30:00Z', now)).toEqual({ past: false, days: 2, hours: 3, minutes: 30 })
    expect(spanTo('2026-11-24T03:00:00Z', now)).toEqual({ past: true, days: 0, hours: 5, minutes: 0 })
  })
  it('reads in Chinese and English', () => {
    const zh = testWords('zh-CN')
    const en = testWords('en')
    expect(timeLeftWords(clock('OPEN', null, '2026-11-26T11:30:00Z'), now, zh.t)).toBe('剩余2天3小时')
    expect(timeLeftWords(clock('OVERDUE', null, '2026-11-24T03:00:00Z'), now, zh.t)).toBe('已超期5小时0分')
    expect(timeLeftWords(clock('OPEN', null, '2026-11-24T08:45:00Z'), now, en.t)).toBe('45 min left')
    expect(timeLeftWords(clock('MET', null, '2026-11-26T11:30:00Z'), now, en.t)).toBe('')
  })
})
