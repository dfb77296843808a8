import { describe, expect, it } from 'vitest'
import { createApi } from '../../shared/api'
import * as outbox from './outbox'
import { memoryStore } from './store'
import { apiTransport, createSyncer, nextWake, type Lock } from './sync'
import type { CreateBody, OutboxItem } from './types'

const BODY: CreateBody = {
  channel: 'GRID_MOBILE',
  category: 'NEIGHBOR',
  summary: '楼上漏水',
  occurredAt: '2026-11-20',
  location: { communityCode: 'longhua.minzhi.minle', address: '民乐新村3栋' },
  parties: [{ role: 'APPLICANT', name: '张三', phone: '13800138000' }],
}

type Step = 'ok' | 'network' | 'lost' | 400 | 409 | 413 | 429 | 500 | 503

/**
 * A fake intake behind a fake fetch: it keeps disputes and their attachments, replays an
 * Idempotency-Key it has seen and dedupes attachments by content, as the real one does. Each
 * request takes the next scripted step; 'lost' stores the dispute and then drops the answer.
 */
function fakeServer(script: Step[] = []) {
  const disputes = new Map<string, CreateBody>()
  const keys = new Map<string, string>()
  const attachments = new Map<string, string[]>()
  const requests: { method: string; url: string; key?: string }[] = []
  let inFlight = 0
  let maxInFlight = 0

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    })

  const fetchFn = (async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>
    requests.push({ method: init.method!, url, key: headers['Idempotency-Key'] })
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    await new Promise((r) => setTimeout(r, 1))
    inFlight--
    const step = script.shift() ?? 'ok'
    if (step === 'network') throw new TypeError('Failed to fetch')
    if (typeof step === 'number') {
      return json(step, {
        status: step,
        title: 'Bad',
        detail: step === 400 ? '1 field(s) invalid' : `status ${step}`,
        errors: step === 400 ? [{ field: 'parties[0].idNumber', message: 'check digit does not match' }] : [],
      })
    }
    let answer: Response
    const attach = url.match(/^\/api\/v1\/disputes\/([^/]+)\/attachments$/)
    if (attach) {
      const file = (init.body as FormData).get('file') as Blob
      const hash = await file.text()
      const list = attachments.get(attach[1]) ?? []
      const known = list.includes(hash)
      if (!known) attachments.set(attach[1], [...list, hash])
      answer = json(known ? 200 : 201, { id: `att-${hash}`, sha256: hash })
    } else {
      const key = headers['Idempotency-Key']
      let id = keys.get(key)
      if (!id) {
        id = `d-${disputes.size + 1}`
        disputes.set(id, JSON.parse(init.body as string))
        keys.set(key, id)
      }
      answer = json(201, { id, status: 'RECEIVED' })
    }
    if (step === 'lost') throw new TypeError('connection reset')
    return answer
  }) as unknown as typeof fetch

  return { disputes, attachments, requests, fetchFn, maxInFlight: () => maxInFlight }
}

async function setup(script: Step[] = [], photos: string[] = [], lock?: Lock) {
  const server = fakeServer(script)
  const store = memoryStore()
  let clock = 1_000_000
  const api = createApi(async () => 'tok', () => 'zh-CN', () => {}, server.fetchFn)
  const syncer = createSyncer({ store, transport: apiTransport(api), owner: 'grid.minle', now: () => clock, lock })
  const item = outbox.newItem(
    'key-1',
    'grid.minle',
    BODY,
    { category: 'NEIGHBOR', applicant: '张三', summary: '楼上漏水' },
    photos.map((p, i) => ({ id: `p${i}`, name: `${p}.jpg`, type: 'image/jpeg', size: p.length })),
    clock,
  )
  await store.put(item)
  for (const [i, p] of photos.entries()) await store.putPhoto('key-1', `p${i}`, new Blob([p]))
  const state = async () => (await store.item('key-1')) as OutboxItem
  return { server, store, syncer, state, advance: (ms: number) => (clock += ms) }
}

describe('outbox sync', () => {
  it('after a network failure, the next attempt creates exactly one dispute with the same key', async () => {
    const { server, syncer, state, advance } = await setup(['network'])
    await syncer.sync()
    expect((await state()).state).toBe('pending')
    expect((await state()).attempts).toBe(1)
    expect(server.disputes.size).toBe(0)

    advance(5_000)
    await syncer.sync()
    const done = await state()
    expect(done.state).toBe('synced')
    expect(done.disputeId).toBe('d-1')
    expect(server.disputes.size).toBe(1)
    expect(server.requests.map((r) => r.key)).toEqual(['key-1', 'key-1'])
  })

  it('when the answer is lost after the server stored the dispute, the resend is replayed, not doubled', async () => {
    const { server, syncer, state, advance } = await setup(['lost'])
    await syncer.sync()
    expect((await state()).state).toBe('pending')
    expect(server.disputes.size).toBe(1)
    advance(5_000)
    await syncer.sync()
    expect((await state()).state).toBe('synced')
    expect((await state()).disputeId).toBe('d-1')
    expect(server.disputes.size).toBe(1)
  })

  it("a 400 ends failed with the server's field message, and the item may be corrected under the same key", async () => {
    const { syncer, state, store, server } = await setup([400])
    await syncer.sync()
    const item = await state()
    expect(item.state).toBe('failed')
    expect(item.lastError?.status).toBe(400)
    expect(item.lastError?.errors).toEqual([{ field: 'parties[0].idNumber', message: 'check digit does not match' }])
    expect(outbox.editable(item)).toBe(true)

    await syncer.sync(true)
    expect(server.requests).toHaveLength(1) // a failed report is not resent by itself

    await store.put(outbox.edited(item, { ...BODY, summary: '更正后' }, item.title, 0))
    await syncer.sync()
    expect((await state()).state).toBe('synced')
    expect(server.requests.map((r) => r.key)).toEqual(['key-1', 'key-1'])
    expect(server.disputes.get('d-1')?.summary).toBe('更正后')
  })

  it('a 409 (key bound to another body) fails without the option to edit', async () => {
    const { syncer, state } = await setup([409])
    await syncer.sync()
    expect((await state()).state).toBe('failed')
    expect(outbox.editable(await state())).toBe(false)
  })

  it('a 5xx and a 429 keep the item pending with attempts counted and the next try backed off', async () => {
    const { syncer, state, server, advance } = await setup([503, 429])
    await syncer.sync()
    expect((await state()).state).toBe('pending')
    expect((await state()).lastError?.status).toBe(503)

    await syncer.sync() // not due yet: nothing sent
    expect(server.requests).toHaveLength(1)

    advance(5_000)
    await syncer.sync()
    const item = await state()
    expect(item.state).toBe('pending')
    expect(item.attempts).toBe(2)
    expect(item.nextAttemptAt).toBe(1_005_000 + 10_000)
    expect(server.disputes.size).toBe(0)

    await syncer.sync(true) // "sync now" ignores the back-off
    expect((await state()).state).toBe('synced')
  })

  it('concurrent triggers never send the same report twice', async () => {
    const { syncer, server, state } = await setup([], ['a', 'b'])
    await Promise.all([syncer.sync(true), syncer.sync(true), syncer.sync(), syncer.sync(true)])
    expect(server.requests.filter((r) => r.method === 'POST' && r.key)).toHaveLength(1)
    expect(server.requests).toHaveLength(3)
    expect(server.maxInFlight()).toBe(1)
    expect((await state()).state).toBe('synced')
  })

  it('two tabs holding one lock do not both send', async () => {
    let held = false
    const lock: Lock = async (work) => {
      if (held) return
      held = true
      try {
        await work()
      } finally {
        held = false
      }
    }
    const { server, store, state } = await setup([], [], lock)
    const api = createApi(async () => 'tok', () => 'zh-CN', () => {}, server.fetchFn)
    const tab2 = createSyncer({ store, transport: apiTransport(api), owner: 'grid.minle', lock })
    const tab1 = createSyncer({ store, transport: apiTransport(api), owner: 'grid.minle', lock })
    await Promise.all([tab1.sync(true), tab2.sync(true)])
    expect(server.disputes.size).toBe(1)
    expect(server.requests).toHaveLength(1)
    expect((await state()).state).toBe('synced')
  })

  it('photos go after the dispute; a failed photo upload is retried without storing any photo twice', async () => {
    const { syncer, state, server, store, advance } = await setup(['ok', 'ok', 'lost'], ['a', 'b'])
    await syncer.sync()
    let item = await state()
    expect(item.state).toBe('pending')
    expect(item.lastError?.stage).toBe('photo')
    expect(item.photos.map((p) => !!p.attachmentId)).toEqual([true, false])

    advance(5_000)
    await syncer.sync()
    item = await state()
    expect(item.state).toBe('synced')
    expect(server.disputes.size).toBe(1)
    expect(server.attachments.get('d-1')).toEqual(['a', 'b'])
    // only the unsent photo was sent again; the synced item keeps no body and no photo bytes
    expect(server.requests.map((r) => r.url.endsWith('/attachments'))).toEqual([false, true, true, true])
    expect(item.body).toBeNull()
    expect(await store.photo('key-1', 'p0')).toBeUndefined()
  })

  it("a refused photo fails the item with the server's message; dropping it finishes the report", async () => {
    const { syncer, state, store } = await setup(['ok', 413], ['a'])
    await syncer.sync()
    let item = await state()
    expect(item.state).toBe('failed')
    expect(item.disputeId).toBe('d-1')
    expect(item.photos[0].error).toBe('status 413')
    expect(outbox.editable(item)).toBe(false)

    await store.put(outbox.withoutFailedPhotos(item, 0))
    await syncer.sync()
    item = await state()
    expect(item.state).toBe('synced')
    expect(item.photos).toEqual([])
  })

  it('a report left "sending" by a closed tab is picked up again', async () => {
    const { syncer, state, store, server } = await setup()
    await store.put({ ...(await state()), state: 'sending' })
    await syncer.sync()
    expect((await state()).state).toBe('synced')
    expect(server.disputes.size).toBe(1)
  })

  it("another user's reports on the same phone are left alone", async () => {
    const { server, store, state } = await setup()
    const api = createApi(async () => 'tok', () => 'zh-CN', () => {}, server.fetchFn)
    await createSyncer({ store, transport: apiTransport(api), owner: 'staff.minle' }).sync(true)
    expect(server.requests).toHaveLength(0)
    expect((await state()).state).toBe('pending')
  })
})

describe('outbox timing', () => {
  it('backs off from 5 s to a minute', () => {
    expect([1, 2, 3, 4, 5, 6].map(outbox.retryDelay)).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000])
  })

  it('wakes the timer at the earliest due item, within 5 s to 60 s, and not at all when nothing waits', () => {
    const item = (state: OutboxItem['state'], nextAttemptAt: number) =>
      ({ state, nextAttemptAt }) as OutboxItem
    expect(nextWake([item('synced', 0), item('failed', 0)], 0)).toBeNull()
    expect(nextWake([item('pending', 0)], 10)).toBe(5_000)
    expect(nextWake([item('pending', 30_000), item('pending', 20_000)], 0)).toBe(20_000)
    expect(nextWake([item('pending', 500_000)], 0)).toBe(60_000)
  })

  it('treats a missing token (401) as a reason to wait, a 403 as a refusal', async () => {
    const { ApiError } = await import('../../shared/api')
    expect(outbox.classify(new ApiError({ status: 401 }), 'create').retry).toBe(true)
    expect(outbox.classify(new ApiError({ status: 403 }), 'create').retry).toBe(false)
    expect(outbox.classify(new TypeError('Failed to fetch'), 'create').retry).toBe(true)
  })
})
