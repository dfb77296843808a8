import { UserManager, WebStorageStateStore } from 'oidc-client-ts'
import type { Api } from '@shared/api'
import type { Assignment } from './types'

/**
 * Reading the assignment with its ETag. Reassigning needs `If-Match` with the ETag of the
 * assignment being replaced (mediator-pool, so that of two staff acting at once exactly one wins),
 * and the shared API client gives no response headers; so this one GET reads the access token the
 * session keeps (same store, same client: nothing new is logged in or renewed here) and lets the
 * shared client renew it and turn failures into problem+json errors.
 */
const AUTHORITY = import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/jiefen'
const CLIENT_ID = import.meta.env.VITE_OIDC_CLIENT_ID ?? 'jiefen-web'

let reader: UserManager | null = null

async function token(): Promise<string | null> {
  reader ??= new UserManager({
    authority: AUTHORITY,
    client_id: CLIENT_ID,
    redirect_uri: window.location.origin + import.meta.env.BASE_URL,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    monitorSession: false,
  })
  const user = await reader.getUser()
  return user && !user.expired ? user.access_token : null
}

export interface TaggedAssignment {
  assignment: Assignment | null
  etag: string | null
}

export async function readAssignment(api: Api, disputeId: string, locale: string): Promise<TaggedAssignment> {
  const path = `/disputes/${encodeURIComponent(disputeId)}/assignment`
  const raw = async () => {
    const bearer = await token()
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale }
    if (bearer) headers.Authorization = `Bearer ${bearer}`
    return fetch(`/api/v1${path}`, { headers })
  }
  let response = await raw()
  if (response.status === 401) {
    await api.get(path) // renews the session's token, or sends the user to log in
    response = await raw()
  }
  if (response.status === 404) return { assignment: null, etag: null }
  if (!response.ok) return { assignment: await api.get<Assignment>(path), etag: null }
  return { assignment: (await response.json()) as Assignment, etag: response.headers.get('ETag') }
}
