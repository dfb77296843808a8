import { describe, expect, it } from 'vitest'
import { actionsFor, afterAnswer, isMine, sortQueue, stageOf } from './state'
import type { QueueItem } from './types'

function item(disputeId: string, status: QueueItem['status'], offeredAt: string, pausedSince: string | null = null): QueueItem {
  return {
    disputeId,
    category: 'LABOR',
    centerCode: 'longhua.minzhi.minle',
    status,
    mediatorCode: 'mp-minle-grid',
    offeredAt,
    acceptedAt: status === 'ACCEPTED' ? offeredAt : null,
    firstContactAt: null,
    pausedSince,
    lastSession: null,
  }
}

describe('stage and actions', () => {
  it('an offer is answered: accept or decline, nothing else', () => {
    const offer = item('a', 'ASSIGNED', '2026-11-24T01:00:00Z')
    expect(stageOf(offer)).toBe('OFFERED')
    expect(actionsFor(offer)).toEqual({ accept: true, decline: true, logSession: false, recordOutcome: false })
  })

  it('an accepted case takes sessions and its outcome', () => {
    const accepted = item('a', 'ACCEPTED', '2026-11-24T01:00:00Z')
    expect(stageOf(accepted)).toBe('IN_MEDIATION')
    expect(actionsFor(accepted)).toEqual({ accept: false, decline: false, logSession: true, recordOutcome: true })
  })

  it('a paused case takes sessions but no outcome until it resumes', () => {
    const paused = item('a', 'ACCEPTED', '2026-11-24T01:00:00Z', '2026-11-24T05:00:00Z')
    expect(stageOf(paused)).toBe('PAUSED')
    expect(actionsFor(paused)).toEqual({ accept: false, decline: false, logSession: true, recordOutcome: false })
  })

  it('a concluded or moved assignment offers nothing', () => {
    expect(actionsFor({ status: 'SETTLED', pausedSince: null })).toEqual({
      accept: false,
      decline: false,
      logSession: false,
      recordOutcome: false,
    })
    expect(actionsFor(null).accept).toBe(false)
  })
})

describe('queue transitions', () => {
  const queue = [
    item('old-accepted', 'ACCEPTED', '2026-11-20T01:00:00Z'),
    item('new-offer', 'ASSIGNED', '2026-11-24T01:00:00Z'),
    item('old-offer', 'ASSIGNED', '2026-11-23T01:00:00Z'),
  ]

  it('lists offers to answer first, each group oldest first', () => {
    expect(sortQueue(queue).map((i) => i.disputeId)).toEqual(['old-offer', 'new-offer', 'old-accepted'])
  })

  it('an accepted offer stays, now in mediation', () => {
    const next = afterAnswer(queue, 'new-offer', 'accept', '2026-11-24T02:00:00Z')
    expect(next.find((i) => i.disputeId === 'new-offer')).toMatchObject({
      status: 'ACCEPTED',
      acceptedAt: '2026-11-24T02:00:00Z',
    })
    expect(next).toHaveLength(3)
  })

  it('a declined offer leaves the queue', () => {
    expect(afterAnswer(queue, 'old-offer', 'decline', '2026-11-24T02:00:00Z').map((i) => i.disputeId)).toEqual([
      'old-accepted',
      'new-offer',
    ])
  })
})

describe('isMine', () => {
  const mine = [item('d1', 'ASSIGNED', '2026-11-24T01:00:00Z')]

  it('is the caller\'s when their queue holds this dispute with this mediator', () => {
    expect(isMine(mine, { disputeId: 'd1', mediatorCode: 'mp-minle-grid' })).toBe(true)
  })

  it('is not after the dispute went to a colleague, nor for a dispute not in the queue', () => {
    expect(isMine(mine, { disputeId: 'd1', mediatorCode: 'mp-minle-family' })).toBe(false)
    expect(isMine(mine, { disputeId: 'd2', mediatorCode: 'mp-minle-grid' })).toBe(false)
    expect(isMine(mine, null)).toBe(false)
  })
})
