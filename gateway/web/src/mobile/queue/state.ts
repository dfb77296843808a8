import type { Assignment, QueueItem } from './types'

/** Where the mediator's case stands: offered (to answer), in mediation, paused. */
export type Stage = 'OFFERED' | 'IN_MEDIATION' | 'PAUSED'

/** What the case screen offers; the server stays the judge (409 on a stale screen). */
export interface Actions {
  accept: boolean
  decline: boolean
  logSession: boolean
  recordOutcome: boolean
}

const NONE: Actions = { accept: false, decline: false, logSession: false, recordOutcome: false }

type Current = Pick<QueueItem | Assignment, 'status' | 'pausedSince'>

export function stageOf(a: Current): Stage | null {
  if (a.status === 'ASSIGNED') return 'OFFERED'
  if (a.status === 'ACCEPTED') return a.pausedSince ? 'PAUSED' : 'IN_MEDIATION'
  return null
}

/**
 * An offer is answered (accept or decline); an accepted case takes contacts and sessions, paused or
 * not; the outcome waits until a pause ends (the pool refuses it while paused).
 */
export function actionsFor(a: Current | null): Actions {
  switch (a ? stageOf(a) : null) {
    case 'OFFERED':
      return { ...NONE, accept: true, decline: true }
    case 'IN_MEDIATION':
      return { ...NONE, logSession: true, recordOutcome: true }
    case 'PAUSED':
      return { ...NONE, logSession: true }
    default:
      return NONE
  }
}

/** The queue after an answer: an accepted offer moves on, a declined one leaves the list. */
export function afterAnswer(items: QueueItem[], disputeId: string, answer: 'accept' | 'decline', at: string): QueueItem[] {
  if (answer === 'decline') return items.filter((i) => i.disputeId !== disputeId)
  return items.map((i) =>
    i.disputeId === disputeId ? { ...i, status: 'ACCEPTED' as const, acceptedAt: at } : i,
  )
}

/** Offers to answer first, then the rest; each group by when it was offered. */
export function sortQueue(items: QueueItem[]): QueueItem[] {
  const rank = (i: QueueItem) => (i.status === 'ASSIGNED' ? 0 : 1)
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || Date.parse(a.offeredAt) - Date.parse(b.offeredAt),
  )
}

/**
 * Whether the dispute's current assignment is the caller's: staff and colleagues of the same
 * community may see someone else's assignment, and must not be offered its accept button.
 */
export function isMine(mine: QueueItem[], assignment: Pick<Assignment, 'disputeId' | 'mediatorCode'> | null): boolean {
  return (
    assignment !== null &&
    mine.some((i) => i.disputeId === assignment.disputeId && i.mediatorCode === assignment.mediatorCode)
  )
}
