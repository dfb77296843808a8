import type { OutboxItem } from './types'

/**
 * Where queued reports live. Items and photo bytes are kept apart so that saving an item's new
 * state (often, during a sync) does not rewrite megabytes of photos.
 */
export interface OutboxStore {
  items(owner: string): Promise<OutboxItem[]>
  item(key: string): Promise<OutboxItem | undefined>
  put(item: OutboxItem): Promise<void>
  /** the item and its photos */
  remove(key: string): Promise<void>
  putPhoto(key: string, photoId: string, blob: Blob): Promise<void>
  photo(key: string, photoId: string): Promise<Blob | undefined>
  /** photos of an item no longer needed (after sync), or all of them */
  removePhotos(key: string, photoIds?: string[]): Promise<void>
}

/** A store in memory: for tests, and the fallback where IndexedDB is unavailable. */
export function memoryStore(): OutboxStore {
  const items = new Map<string, OutboxItem>()
  const photos = new Map<string, Blob>()
  const id = (key: string, photoId: string) => `${key}/${photoId}`
  return {
    async items(owner) {
      return [...items.values()].filter((i) => i.owner === owner).map((i) => structuredClone(i))
    },
    async item(key) {
      const found = items.get(key)
      return found && structuredClone(found)
    },
    async put(item) {
      items.set(item.key, structuredClone(item))
    },
    async remove(key) {
      items.delete(key)
      for (const k of [...photos.keys()]) if (k.startsWith(`${key}/`)) photos.delete(k)
    },
    async putPhoto(key, photoId, blob) {
      photos.set(id(key, photoId), blob)
    },
    async photo(key, photoId) {
      return photos.get(id(key, photoId))
    },
    async removePhotos(key, photoIds) {
      for (const k of [...photos.keys()]) {
        if (k.startsWith(`${key}/`) && (!photoIds || photoIds.includes(k.substring(key.length + 1)))) {
          photos.delete(k)
        }
      }
    },
  }
}

const DB = 'jiefen-outbox'
const ITEMS = 'items'
const PHOTOS = 'photos'

/** IndexedDB: survives reloads, closed tabs and a phone going offline for the day. */
export function indexedDbStore(factory: IDBFactory = indexedDB): OutboxStore {
  let opened: Promise<IDBDatabase> | null = null

  function db(): Promise<IDBDatabase> {
    opened ??= new Promise((resolve, reject) => {
      const request = factory.open(DB, 1)
      request.onupgradeneeded = () => {
        const d = request.result
        d.createObjectStore(ITEMS, { keyPath: 'key' }).createIndex('owner', 'owner')
        d.createObjectStore(PHOTOS)
      }
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => {
        opened = null
        reject(request.error)
      }
    })
    return opened
  }

  async function run<T>(
    stores: string[],
    mode: IDBTransactionMode,
    work: (tx: IDBTransaction) => IDBRequest<T> | void,
  ): Promise<T> {
    const tx = (await db()).transaction(stores, mode)
    const request = work(tx)
    return new Promise<T>((resolve, reject) => {
      tx.oncomplete = () => resolve(request ? request.result : (undefined as T))
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
  }

  const photoRange = (key: string) => IDBKeyRange.bound(`${key}/`, `${key}/\uffff`)

  return {
    items: (owner) =>
      run<OutboxItem[]>([ITEMS], 'readonly', (tx) => tx.objectStore(ITEMS).index('owner').getAll(owner)),
    item: (key) => run<OutboxItem | undefined>([ITEMS], 'readonly', (tx) => tx.objectStore(ITEMS).get(key)),
    put: (item) =>
      run<void>([ITEMS], 'readwrite', (tx) => {
        // A reactive proxy cannot be cloned into IndexedDB: store a plain copy.
        tx.objectStore(ITEMS).put(JSON.parse(JSON.stringify(item)))
      }),
    remove: (key) =>
      run<void>([ITEMS, PHOTOS], 'readwrite', (tx) => {
        tx.objectStore(ITEMS).delete(key)
        tx.objectStore(PHOTOS).delete(photoRange(key))
      }),
    putPhoto: (key, photoId, blob) =>
      run<void>([PHOTOS], 'readwrite', (tx) => {
        tx.objectStore(PHOTOS).put(blob, `${key}/${photoId}`)
      }),
    photo: (key, photoId) =>
      run<Blob | undefined>([PHOTOS], 'readonly', (tx) => tx.objectStore(PHOTOS).get(`${key}/${photoId}`)),
    removePhotos: (key, photoIds) =>
      run<void>([PHOTOS], 'readwrite', (tx) => {
        const photos = tx.objectStore(PHOTOS)
        if (!photoIds) photos.delete(photoRange(key))
        else for (const id of photoIds) photos.delete(`${key}/${id}`)
      }),
  }
}
