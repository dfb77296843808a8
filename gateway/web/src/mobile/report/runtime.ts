import { computed, ref, type ComputedRef, type Ref } from 'vue'
import type { Api } from '@shared/api'
import * as outbox from './outbox'
import { indexedDbStore, memoryStore, type OutboxStore } from './store'
import { apiTransport, browserLock, createSyncer, nextWake, type Syncer } from './sync'
import type { CreateBody, OutboxItem, OutboxPhoto } from './types'
import { titleOf } from './form'

/** Synced reports stay listed for a week, then leave the phone. */
const KEEP_SYNCED_MS = 7 * 24 * 3600 * 1000

export interface NewPhoto {
  blob: Blob
  name: string
  type: string
}

export interface Outbox {
  /** the logged-in user's reports, newest first */
  items: Ref<OutboxItem[]>
  /** reports still to send (pending or being sent): the tab bar's badge */
  waiting: ComputedRef<number>
  online: Ref<boolean>
  syncing: Ref<boolean>
  /** false when the browser gave no IndexedDB: reports then live only until the tab closes */
  durable: boolean
  submit(body: CreateBody, photos: NewPhoto[]): Promise<OutboxItem>
  resubmit(key: string, body: CreateBody): Promise<void>
  retry(key: string): Promise<void>
  dropFailedPhotos(key: string): Promise<void>
  discard(key: string): Promise<void>
  clearSynced(): Promise<void>
  syncNow(): Promise<void>
}

/** A fresh Idempotency-Key; randomUUID needs a secure context, getRandomValues does not. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

let current: { owner: string; outbox: Outbox } | null = null

/**
 * The outbox of the logged-in user, started once per page: it syncs at start, when the browser
 * comes back online or the page becomes visible again, on a timer while anything waits (5 s,
 * backing off to a minute) and when asked. Call it from any component (App.vue for the badge).
 */
export function useOutbox(api: Api, owner: string): Outbox {
  if (current?.owner === owner) return current.outbox
  const outbox = start(api, owner)
  current = { owner, outbox }
  return outbox
}

function start(api: Api, owner: string): Outbox {
  const durable = typeof indexedDB !== 'undefined'
  const store: OutboxStore = durable ? indexedDbStore() : memoryStore()
  const items = ref<OutboxItem[]>([])
  const online = ref(navigator.onLine)
  const syncing = ref(false)
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('jiefen.outbox') : null
  let timer: ReturnType<typeof setTimeout> | undefined

  function show(item: OutboxItem) {
    const at = items.value.findIndex((i) => i.key === item.key)
    if (at >= 0) items.value.splice(at, 1, item)
    else items.value.unshift(item)
    channel?.postMessage(item.key)
  }

  const syncer: Syncer = createSyncer({
    store,
    transport: apiTransport(api),
    owner,
    lock: browserLock(),
    onChange: show,
  })

  async function reload() {
    const all = await store.items(owner)
    const now = Date.now()
    for (const old of all.filter((i) => i.state === 'synced' && now - (i.syncedAt ?? now) > KEEP_SYNCED_MS)) {
      await store.remove(old.key)
    }
    items.value = all
      .filter((i) => !(i.state === 'synced' && now - (i.syncedAt ?? now) > KEEP_SYNCED_MS))
      .sort((a, b) => b.createdAt - a.createdAt)
    schedule()
  }

  function schedule() {
    clearTimeout(timer)
    const wait = nextWake(items.value, Date.now())
    if (wait !== null) timer = setTimeout(() => void sync(false), wait)
  }

  async function sync(force: boolean) {
    syncing.value = true
    try {
      await syncer.sync(force)
    } catch (e) {
      // A store failure (quota, private mode): the items keep their state, the timer tries again.
      console.warn('outbox sync failed', e)
    } finally {
      syncing.value = false
      await reload().catch(() => schedule())
    }
  }

  async function change(key: string, update: (item: OutboxItem) => OutboxItem) {
    const item = await store.item(key)
    if (!item || item.owner !== owner) return
    const next = update(item)
    await store.put(next)
    show(next)
  }

  window.addEventListener('online', () => {
    online.value = true
    void sync(true)
  })
  window.addEventListener('offline', () => (online.value = false))
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void sync(false)
  })
  // Another tab changed the outbox: show what it did.
  channel?.addEventListener('message', () => void reload())
  void reload().then(() => sync(true))

  return {
    items,
    waiting: computed(() => items.value.filter((i) => i.state === 'pending' || i.state === 'sending').length),
    online,
    syncing,
    durable,
    async submit(body, photos) {
      const key = newKey()
      const meta: OutboxPhoto[] = photos.map((p, i) => ({ id: `p${i + 1}`, name: p.name, type: p.type, size: p.blob.size }))
      // Bytes first: an item never points at photos that are not stored.
      for (const [i, p] of photos.entries()) await store.putPhoto(key, meta[i].id, p.blob)
      const item = outbox.newItem(key, owner, body, titleOf(body), meta, Date.now())
      await store.put(item)
      show(item)
      void sync(true)
      return item
    },
    async resubmit(key, body) {
      await change(key, (item) => outbox.edited(item, body, titleOf(body), Date.now()))
      void sync(true)
    },
    async retry(key) {
      await change(key, (item) => outbox.retried(item, Date.now()))
      void sync(true)
    },
    async dropFailedPhotos(key) {
      const item = await store.item(key)
      if (item) await store.removePhotos(key, item.photos.filter((p) => p.error).map((p) => p.id))
      await change(key, (i) => outbox.withoutFailedPhotos(i, Date.now()))
      void sync(true)
    },
    async discard(key) {
      await store.remove(key)
      items.value = items.value.filter((i) => i.key !== key)
      channel?.postMessage(key)
      schedule()
    },
    async clearSynced() {
      for (const item of items.value.filter((i) => i.state === 'synced')) await store.remove(item.key)
      items.value = items.value.filter((i) => i.state !== 'synced')
      channel?.postMessage('')
    },
    syncNow: () => sync(true),
  }
}
