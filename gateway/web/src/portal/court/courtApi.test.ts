import { describe, expect, it } from 'vitest'
import { ApiError, type Api } from '../../shared/api'
import { deadlinesOf, perform } from './courtApi'
import { IdempotencyKeys } from './rules'

function recordingApi(fail?: ApiError) {
  const calls: { method: string; path: string; body?: unknown; headers?: Record<string, string> }[] = []
  const api: Api = {
    get: async (path) => {
      calls.push({ method: 'GET', path })
      if (fail) throw fail
      return [] as never
    },
    post: async (path, body, headers) => {
      calls.push({ method: 'POST', path, body, headers })
      return { id: 'a-1', status: 'ACCEPTED' } as never
    },
    put: async () => undefined as never,
    delete: async () => undefined as never,
    getTagged: async () => ({ body: undefined as never, etag: null }),
    blob: async () => new Blob(),
  }
  return { api, calls }
}

describe('perform', () => {
  it('posts each action to its endpoint with an Idempotency-Key, the same one on a retry', async () => {
    const { api, calls } = recordingApi()
    let n = 0
    const keys = new IdempotencyKeys(() => `key-${++n}`)
    await perform(api, keys, 'a-1', { kind: 'accept' })
    await perform(api, keys, 'a-1', { kind: 'materials', body: { items: ['劳动合同原件'] } })
    await perform(api, keys, 'a-1', { kind: 'decide', body: { result: 'REJECTED', reasonCode: 'OTHER', reason: 'r' } })
    await perform(api, keys, 'a-1', { kind: 'decide', body: { result: 'REJECTED', reasonCode: 'OTHER', reason: 'r' } })
    await perform(api, keys, 'a-1', { kind: 'extend', body: { approvedBy: '李院长', reason: 'r' } })
    expect(calls.map((c) => [c.path, c.headers?.['Idempotency-Key']])).toEqual([
      ['/court/applications/a-1/accept', 'key-1'],
      ['/court/applications/a-1/supplement-requests', 'key-2'],
      ['/court/applications/a-1/decision', 'key-3'],
      ['/court/applications/a-1/decision', 'key-3'],
      ['/court/applications/a-1/extension', 'key-4'],
    ])
    expect(calls[0]!.body).toBeUndefined()
    expect(calls[1]!.body).toEqual({ items: ['劳动合同原件'] })
  })
})

describe('deadlinesOf', () => {
  it('answers null when the clerk may not read the clocks, and fails on anything else', async () => {
    expect(await deadlinesOf(recordingApi(new ApiError({ status: 404 })).api, 'd-1')).toBeNull()
    expect(await deadlinesOf(recordingApi(new ApiError({ status: 403 })).api, 'd-1')).toBeNull()
    await expect(deadlinesOf(recordingApi(new ApiError({ status: 503 })).api, 'd-1')).rejects.toThrow()
    const { api, calls } = recordingApi()
    expect(await deadlinesOf(api, 'd 1')).toEqual([])
    expect(calls[0]!.path).toBe('/disputes/d%201/deadlines')
  })
})
