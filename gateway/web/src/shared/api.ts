/** An RFC 9457 problem as the services answer it (field errors included when there are some). */
export interface Problem {
  status: number
  title?: string
  detail?: string
  errors?: { field: string; message: string }[]
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`)
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>

/** Extra request headers, e.g. `Idempotency-Key` on a create. */
export type Headers = Record<string, string>

/** A request body: JSON for plain objects; FormData, Blob or ArrayBuffer go as they are. */
export type Body = object | FormData | Blob | ArrayBuffer | undefined

export interface Api {
  get<T>(path: string, query?: Query): Promise<T>
  post<T>(path: string, body?: Body, headers?: Headers): Promise<T>
  put<T>(path: string, body?: Body, headers?: Headers): Promise<T>
  delete<T>(path: string): Promise<T>
  /**
   * A body with its `ETag`, for a later change sent with `If-Match` (of two staff acting at once,
   * exactly one wins).
   */
  getTagged<T>(path: string): Promise<{ body: T; etag: string | null }>
  /** A binary answer (agreement PDF, attachment), e.g. to open with URL.createObjectURL. */
  blob(path: string, query?: Query): Promise<Blob>
}

/**
 * Calls /api/v1 through the gateway (same origin) with the caller's access token. `onUnauthorized`
 * runs on a 401, e.g. to log in again. A network failure rejects with the fetch's TypeError (the
 * mobile outbox tells it apart from a problem, which is an ApiError).
 */
export function createApi(
  accessToken: () => Promise<string | null>,
  locale: () => string,
  onUnauthorized: () => void,
  fetchFn: typeof fetch = (...args) => fetch(...args),
): Api {
  async function call(
    method: string,
    path: string,
    query: Query,
    body: Body,
    extra: Headers,
    accept: string,
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: accept, 'Accept-Language': locale(), ...extra }
    const token = await accessToken()
    if (token) headers.Authorization = `Bearer ${token}`
    let payload: BodyInit | undefined
    if (body instanceof FormData || body instanceof Blob || body instanceof ArrayBuffer) {
      payload = body
    } else if (body !== undefined) {
      payload = JSON.stringify(body)
      headers['Content-Type'] = 'application/json'
    }
    const response = await fetchFn(`/api/v1${path}${search(query)}`, { method, headers, body: payload })
    if (response.status === 401) onUnauthorized()
    if (!response.ok) throw new ApiError(await problemOf(response))
    return response
  }

  async function json<T>(response: Response): Promise<T> {
    if (response.status === 204) return undefined as T
    const text = await response.text()
    return (text ? JSON.parse(text) : undefined) as T
  }

  return {
    get: async (path, query = {}) => json(await call('GET', path, query, undefined, {}, 'application/json')),
    post: async (path, body, headers = {}) =>
      json(await call('POST', path, {}, body, headers, 'application/json')),
    put: async (path, body, headers = {}) =>
      json(await call('PUT', path, {}, body, headers, 'application/json')),
    delete: async (path) => json(await call('DELETE', path, {}, undefined, {}, 'application/json')),
    getTagged: async (path) => {
      const response = await call('GET', path, {}, undefined, {}, 'application/json')
      return { etag: response.headers.get('ETag'), body: await json(response) }
    },
    blob: async (path, query = {}) => (await call('GET', path, query, undefined, {}, '*/*')).blob(),
  }
}

function search(query: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  return params.size > 0 ? `?${params}` : ''
}

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      return { status: response.status, ...(await response.json()) }
    } catch {
      // not JSON after all: fall through to the status line
    }
  }
  return { status: response.status, title: response.statusText }
}
