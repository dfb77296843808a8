import { ApiError } from '../../shared/api'
import type { CreateBody, OutboxItem, OutboxPhoto, SendFailure } from './types'

/** First retry after 5 s, doubling to at most a minute: a bad signal is not hammered. */
export const FIRST_RETRY_MS = 5_000
export const MAX_RETRY_MS = 60_000

export function retryDelay(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1))
}

/**
 * What an error from a send means for the item. Only the server's considered "no" (a 4xx problem)
 * fails it; a network failure, a timeout, 429, a 5xx or a missing/expired token (401) may go
 * through later, so the item waits.
 */
export type Outcome = { retry: true; failure: SendFailure } | { retry: false; failure: SendFailure }

export function classify(error: unknown, stage: SendFailure['stage']): Outcome {
  if (error instanceof ApiError) {
    const { status } = error.problem
    const failure: SendFailure = {
      stage,
      status,
      message: error.message,
      errors: error.problem.errors ?? [],
    }
    const transient = status === 401 || status === 408 || status === 425 || status === 429 || status >= 500
    return { retry: transient, failure }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { retry: true, failure: { stage, message, errors: [] } }
}

export function newItem(
  key: string,
  owner: string,
  body: CreateBody,
  title: OutboxItem['title'],
  photos: OutboxPhoto[],
  now: number,
): OutboxItem {
  return { key, owner, createdAt: now, state: 'pending', body, title, photos, attempts: 0, nextAttemptAt: now }
}

export function sending(item: OutboxItem): OutboxItem {
  return { ...item, state: 'sending' }
}

export function created(item: OutboxItem, id: string, status: string): OutboxItem {
  return { ...item, disputeId: id, disputeStatus: status }
}

export function photoStored(item: OutboxItem, photoId: string, attachmentId: string): OutboxItem {
  return {
    ...item,
    photos: item.photos.map((p) => (p.id === photoId ? { ...p, attachmentId, error: undefined } : p)),
  }
}

/** Back to pending with one more attempt counted and the next try pushed back. */
export function postponed(item: OutboxItem, failure: SendFailure, now: number): OutboxItem {
  const attempts = item.attempts + 1
  return { ...item, state: 'pending', attempts, nextAttemptAt: now + retryDelay(attempts), lastError: failure }
}

export function failed(item: OutboxItem, failure: SendFailure, photoId?: string): OutboxItem {
  const photos = photoId
    ? item.photos.map((p) => (p.id === photoId ? { ...p, error: failure.message } : p))
    : item.photos
  return { ...item, state: 'failed', lastError: failure, photos }
}

/** Dispute and every photo stored: the personal data in the body is no longer needed here. */
export function synced(item: OutboxItem, now: number): OutboxItem {
  return { ...item, state: 'synced', syncedAt: now, body: null, lastError: undefined }
}

/** A send interrupted by a closed tab or a crash: nobody is sending it now (we hold the lock). */
export function recovered(item: OutboxItem): OutboxItem {
  return item.state === 'sending' ? { ...item, state: 'pending' } : item
}

export function isDue(item: OutboxItem, now: number, force: boolean): boolean {
  return item.state === 'pending' && (force || item.nextAttemptAt <= now)
}

/**
 * May the user correct the report and send it again under the same key? Only when the dispute was
 * refused outright: intake checks the body before it records the key (nothing is stored on a 4xx),
 * so the key is still unused. A 409 means the key is bound to another body; after the dispute was
 * stored the key is bound to this body — in both cases an edited body would be refused.
 */
export function editable(item: OutboxItem): boolean {
  return (
    item.state === 'failed' &&
    !item.disputeId &&
    item.body !== null &&
    item.lastError?.stage === 'create' &&
    item.lastError.status !== 409
  )
}

/** The user corrected a refused report: send the new body under the same key from the start. */
export function edited(item: OutboxItem, body: CreateBody, title: OutboxItem['title'], now: number): OutboxItem {
  if (!editable(item)) throw new Error(`report ${item.key} cannot be edited`)
  return { ...item, body, title, state: 'pending', attempts: 0, nextAttemptAt: now, lastError: undefined }
}

/** Try the failed photos again (e.g. after the dispute was reopened), or anything failed as it is. */
export function retried(item: OutboxItem, now: number): OutboxItem {
  if (item.state !== 'failed') return item
  return {
    ...item,
    state: 'pending',
    nextAttemptAt: now,
    photos: item.photos.map((p) => ({ ...p, error: undefined })),
  }
}

/** Give up the photos the server refused; the dispute and the stored photos stay. */
export function withoutFailedPhotos(item: OutboxItem, now: number): OutboxItem {
  return retried({ ...item, photos: item.photos.filter((p) => !p.error) }, now)
}
