import { describe, expect, it } from 'vitest'
import type { Deadline } from '../case/types'
import { arrival, mapLimited, toAcknowledge } from './awaiting'

const clock = (id: string, disputeId: string, centerCode: string, dueAt: string, state = 'OPEN', name = 'CENTER_ACK'): Deadline => ({
  id, disputeId, clock: name, centerCode, scope: 'STAGE', startedAt: '2026-11-20T00:00:00Z', warnAt: null, dueAt,
  dueDate: null, provisional: false, state, version: 1, policyVersion: 1, extensions: 0, consequence: 'FLAG',
  citation: null, closedAt: null,
})

describe('toAcknowledge', () => {
  it('keeps the running acknowledgement clocks of the own center only, most pressing first', () => {
    const clocks = [
      clock('1', 'd1', 'longhua.minzhi', '2026-11-26T00:00:00Z'),
      clock('2', 'd2', 'longhua.minzhi', '2026-11-25T00:00:00Z', 'OVERDUE'),
      clock('3', 'd3', 'longhua.minzhi.minle', '2026-11-24T00:00:00Z'),
      clock('4', 'd4', 'longhua.minzhi', '2026-11-24T00:00:00Z', 'MET'),
      clock('5', 'd5', 'longhua.minzhi', '2026-11-24T00:00:00Z', 'OPEN', 'MEDIATOR_ACCEPT'),
    ]
    expect(toAcknowledge(clocks, 'longhua.minzhi').map((d) => d.disputeId)).toEqual(['d2', 'd1'])
    expect(toAcknowledge(clocks, null)).toEqual([])
  })
})

describe('arrival', () => {
  it('tells a transfer from a first routing', () => {
    expect(arrival({ routingTrace: { rule: 'transfer-escalation' } })).toBe('transferred')
    expect(arrival({ routingTrace: { rule: 'auto-escalation' } })).toBe('transferred')
    expect(arrival({ routingTrace: { rule: 'community-of-location' } })).toBe('received')
    expect(arrival(null)).toBe('received')
  })
})

describe('mapLimited', () => {
  it('never runs more than the limit at once and keeps the order', async () => {
    let running = 0
    let peak = 0
    const out = await mapLimited([5, 1, 4, 2, 3], 2, async (n) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, n))
      running--
      return n * 10
    })
    expect(out).toEqual([50, 10, 40, 20, 30])
    expect(peak).toBe(2)
  })
})
