import { describe, expect, it } from 'vitest'
import type { Deadline } from '../case/types'
import { merge, parseFilters, requests, totals, type BoardPage } from './board'

const deadline = (id: string, dueAt: string, state = 'OPEN'): Deadline => ({
  id, disputeId: `d-${id}`, clock: 'CENTER_ACK', centerCode: 'longhua.minzhi.minle', scope: 'STAGE',
  startedAt: '2026-11-20T00:00:00Z', warnAt: null, dueAt, dueDate: null, provisional: false, state,
  version: 1, policyVersion: 1, extensions: 0, consequence: 'FLAG', citation: null, closedAt: null,
})
const page = (state: BoardPage['state'], items: Deadline[], total = items.length): BoardPage => ({
  centerCode: 'longhua', state, items, total, page: 0, size: 200, counts: {},
})

describe('board filters', () => {
  it('defaults to what needs acting on and ignores unknown values', () => {
    expect(parseFilters({})).toEqual({ view: 'ATTENTION', clock: '', centerCode: '', page: 1 })
    expect(parseFilters({ view: 'NOPE', page: '-3' })).toEqual({ view: 'ATTENTION', clock: '', centerCode: '', page: 1 })
    expect(parseFilters({ view: 'OVERDUE', clock: 'CENTER_ACK', centerCode: 'longhua.minzhi', page: '2' })).toEqual({
      view: 'OVERDUE', clock: 'CENTER_ACK', centerCode: 'longhua.minzhi', page: 2,
    })
  })
  it('asks for overdue and due-soon clocks at once for the attention view, one paged state otherwise', () => {
    expect(requests(parseFilters({ clock: 'MEDIATOR_ACCEPT' }))).toEqual([
      { clock: 'MEDIATOR_ACCEPT', centerCode: undefined, state: 'OVERDUE', page: 0, size: 200 },
      { clock: 'MEDIATOR_ACCEPT', centerCode: undefined, state: 'DUE_SOON', page: 0, size: 200 },
    ])
    expect(requests(parseFilters({ view: 'OPEN', centerCode: 'longhua.minzhi', page: '3' }))).toEqual([
      { clock: undefined, centerCode: 'longhua.minzhi', state: 'OPEN', page: 2, size: 50 },
    ])
  })
})

describe('merge and totals', () => {
  it('lists each clock once, earliest due first, and adds up the totals', () => {
    const a = deadline('a', '2026-11-25T01:00:00Z', 'OVERDUE')
    const b = deadline('b', '2026-11-24T01:00:00Z', 'OVERDUE')
    const c = deadline('c', '2026-11-26T01:00:00Z')
    const merged = merge([page('OVERDUE', [a, b]), page('DUE_SOON', [c, a], 2)])
    expect(merged.items.map((d) => d.id)).toEqual(['b', 'a', 'c'])
    expect(merged.total).toBe(4)
  })
  it('sums counts over every clock or one', () => {
    const counts = {
      CENTER_ACK: { open: 2, dueSoon: 1, overdue: 3, paused: 0 },
      MEDIATOR_ACCEPT: { open: 5, dueSoon: 0, overdue: 1, paused: 2 },
    }
    expect(totals(counts)).toEqual({ open: 7, dueSoon: 1, overdue: 4, paused: 2 })
    expect(totals(counts, 'CENTER_ACK')).toEqual({ open: 2, dueSoon: 1, overdue: 3, paused: 0 })
  })
})
