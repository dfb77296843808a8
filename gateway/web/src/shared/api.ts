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

export interface Api {
  get<T>(path: string, query?: Query): Promise<T>
}

/**
 * Calls /api/v1 through the gateway (same origin) with the caller's access token. `onUnauthorized`
 * runs on a 401, e.g. to log in again.
 */
export function createApi(
  accessToken: () => Promise<string | null>,
  locale: () => string,
  onUnauthorized: () => void,
  fetchFn: typeof fetch = (...args) => fetch(...args),
): Api {
  async function get<T>(path: string, query: Query = {}): Promise<T> {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
    }
    const search = params.size > 0 ? `?${params}` : ''
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': locale(),
    }
    const token = await accessToken()
    if (token) headers.Authorization = `Bearer ${token}`
    const response = await fetchFn(`/api/v1${path}${search}`, { headers })
    if (response.status === 401) onUnauthorized()
    if (!response.ok) throw new ApiError(await problemOf(response))
    return (await response.json()) as T
  }
  return { get }
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
