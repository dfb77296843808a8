import { describe, expect, it } from 'vitest'
import { ApiError, createApi } from './api'

function recording(response: Response) {
  const calls: { url: string; method?: string; body?: unknown; headers: Record<string, string> }[] = []
  const fetchFn = async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      url: String(url),
      method: init?.method,
      body: init?.body,
      headers: init?.headers as Record<string, string>,
    })
    return response
  }
  return { calls, fetchFn: fetchFn as typeof fetch }
}

describe('API client', () => {
  it('sends the access token and the language, and leaves empty filters out of the query', async () => {
    const { calls, fetchFn } = recording(
      new Response('{"items":[],"total":0}', { headers: { 'Content-Type': 'application/json' } }),
    )
    const api = createApi(async () => 'tok', () => 'zh-CN', () => {}, fetchFn)
    const page = await api.get<{ total: number }>('/disputes', { status: 'RECEIVED', centerCode: '', page: 0 })
    expect(page.total).toBe(0)
    expect(calls[0].url).toBe('/api/v1/disputes?status=RECEIVED&page=0')
    expect(calls[0].headers.Authorization).toBe('Bearer tok')
    expect(calls[0].headers['Accept-Language']).toBe('zh-CN')
  })

  it("turns a problem into an ApiError with the server's detail, and reports a 401", async () => {
    let unauthorized = 0
    const { fetchFn } = recording(
      new Response('{"title":"Unauthorized","status":401,"detail":"token expired"}', {
        status: 401,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    )
    const api = createApi(async () => 'old', () => 'en', () => unauthorized++, fetchFn)
    const error = (await api.get('/assignments').catch((e) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.message).toBe('token expired')
    expect(error.problem.status).toBe(401)
    expect(unauthorized).toBe(1)
  })

  it('posts JSON with extra headers such as the Idempotency-Key, and reads a 201 body', async () => {
    const { calls, fetchFn } = recording(
      new Response('{"id":"d-1"}', { status: 201, headers: { 'Content-Type': 'application/json' } }),
    )
    const api = createApi(async () => 'tok', () => 'en', () => {}, fetchFn)
    const created = await api.post<{ id: string }>('/disputes', { category: 'LABOUR' }, { 'Idempotency-Key': 'k-1' })
    expect(created.id).toBe('d-1')
    expect(calls[0].method).toBe('POST')
    expect(calls[0].body).toBe('{"category":"LABOUR"}')
    expect(calls[0].headers['Content-Type']).toBe('application/json')
    expect(calls[0].headers['Idempotency-Key']).toBe('k-1')
  })

  it('sends a FormData body as it is, without a JSON content type', async () => {
    const { calls, fetchFn } = recording(new Response(null, { status: 204 }))
    const api = createApi(async () => null, () => 'en', () => {}, fetchFn)
    const form = new FormData()
    form.set('file', new Blob(['x']), 'a.jpg')
    expect(await api.post('/disputes/d-1/attachments', form)).toBeUndefined()
    expect(calls[0].body).toBe(form)
    expect(calls[0].headers['Content-Type']).toBeUndefined()
    expect(calls[0].headers.Authorization).toBeUndefined()
  })

  it('reads a body with its ETag', async () => {
    const { fetchFn } = recording(
      new Response('{"status":"ACCEPTED"}', { headers: { 'Content-Type': 'application/json', ETag: '"5-1"' } }),
    )
    const api = createApi(async () => 'tok', () => 'en', () => {}, fetchFn)
    const tagged = await api.getTagged<{ status: string }>('/disputes/d-1/assignment')
    expect(tagged).toEqual({ body: { status: 'ACCEPTED' }, etag: '"5-1"' })
  })
})
