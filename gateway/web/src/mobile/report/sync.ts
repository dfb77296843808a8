import type { Api } from '../../shared/api'
import * as outbox from './outbox'
import type { OutboxStore } from './store'
import type { CreateBody, CreatedDispute, OutboxItem, StoredAttachment } from './types'

/** The two calls a sync makes; the real one goes through the API client, tests fake fetch under it. */
export interface Transport {
  create(body: CreateBody, idempotencyKey: string): Promise<CreatedDispute>
  upload(disputeId: string, photo: Blob, fileName: string): Promise<StoredAttachment>
}

export function apiTransport(api: Api): Transport {
  return {
    create: (body, key) => api.post<CreatedDispute>('/disputes', body, { 'Idempotency-Key': key }),
    upload: (disputeId, photo, fileName) => {
      const form = new FormData()
      form.append('file', photo, fileName)
      return api.post<StoredAttachment>(`/disputes/${encodeURIComponent(disputeId)}/attachments`, form)
    },
  }
}

/** Runs `work` unless another tab is already syncing (then resolves without running it). */
export type Lock = (work: () => Promise<void>) => Promise<void>

/** navigator.locks where the browser has it: one sync at a time across this app's tabs. */
export function browserLock(name = 'jiefen.outbox.sync'): Lock {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) return (work) => work()
  return async (work) => {
    await locks.request(name, { ifAvailable: true }, async (lock) => {
      if (lock) await work()
    })
  }
}

export interface SyncOptions {
  store: OutboxStore
  transport: Transport
  /** whose reports to send: the logged-in user's */
  owner: string
  now?: () => number
  lock?: Lock
  /** after every saved change, e.g. to refresh the screen and tell other tabs */
  onChange?: (item: OutboxItem) => void
}

export interface Syncer {
  /**
   * Sends what is due (everything pending when `force`). Concurrent calls share the running sync
   * and, if any came in while it ran, one more pass follows — never two sends of one item at once.
   */
  sync(force?: boolean): Promise<void>
}

export function createSyncer(options: SyncOptions): Syncer {
  const { store, transport, owner } = options
  const now = options.now ?? Date.now
  const lock = options.lock ?? ((work) => work())
  let running: Promise<void> | null = null
  let again = false
  let againForced = false

  async function save(item: OutboxItem): Promise<OutboxItem> {
    await store.put(item)
    options.onChange?.(item)
    return item
  }

  async function send(start: OutboxItem): Promise<void> {
    let item = await save(outbox.sending(start))
    if (!item.disputeId) {
      if (!item.body) return void (await save(outbox.synced(item, now())))
      try {
        const answer = await transport.create(item.body, item.key)
        item = await save(outbox.created(item, answer.id, answer.status))
      } catch (error) {
        const outcome = outbox.classify(error, 'create')
        await save(
          outcome.retry ? outbox.postponed(item, outcome.failure, now()) : outbox.failed(item, outcome.failure),
        )
        return
      }
    }
    for (const photo of item.photos.filter((p) => !p.attachmentId)) {
      const blob = await store.photo(item.key, photo.id)
      if (!blob) {
        // The browser evicted the bytes: nothing left to send, say so rather than loop forever.
        await save(outbox.failed(item, { stage: 'photo', message: 'photo data missing', errors: [] }, photo.id))
        return
      }
      try {
        // Intake keys attachments by content hash per dispute: a resend of the same bytes after a
        // lost answer returns the stored attachment (200) instead of a second copy.
        const stored = await transport.upload(item.disputeId!, blob, photo.name)
        item = await save(outbox.photoStored(item, photo.id, stored.id))
      } catch (error) {
        const outcome = outbox.classify(error, 'photo')
        await save(
          outcome.retry
            ? outbox.postponed(item, outcome.failure, now())
            : outbox.failed(item, outcome.failure, photo.id),
        )
        return
      }
    }
    await save(outbox.synced(item, now()))
    await store.removePhotos(item.key)
  }

  async function pass(force: boolean): Promise<void> {
    await lock(async () => {
      const items = (await store.items(owner)).sort((a, b) => a.createdAt - b.createdAt)
      for (const found of items) {
        const item = outbox.recovered(found)
        if (item !== found) await save(item)
        if (outbox.isDue(item, now(), force)) await send(item)
      }
    })
  }

  async function loop(force: boolean): Promise<void> {
    try {
      await pass(force)
      while (again) {
        const forced = againForced
        again = false
        againForced = false
        await pass(forced)
      }
    } finally {
      running = null
    }
  }

  return {
    sync(force = false) {
      if (running) {
        again = true
        againForced ||= force
        return running
      }
      running = loop(force)
      return running
    },
  }
}

/** When the timer should look again: at the earliest due item, between 5 s and a minute. */
export function nextWake(items: OutboxItem[], now: number): number | null {
  const pending = items.filter((i) => i.state === 'pending' || i.state === 'sending')
  if (pending.length === 0) return null
  const earliest = Math.min(...pending.map((i) => i.nextAttemptAt))
  return Math.min(outbox.MAX_RETRY_MS, Math.max(outbox.FIRST_RETRY_MS, earliest - now))
}
