import type { InjectionKey } from 'vue'
import { inject } from 'vue'
import { createApi, type Api } from './api'
import { createAuth } from './auth'
import type { Claims } from './claims'

/** The logged-in caller and an API client carrying their token, provided to every component. */
export interface Session {
  claims: Claims
  api: Api
  /**
   * The same API for work in the background (the mobile outbox's sync): a 401 there does not send
   * the page to Keycloak, which would throw away a form being filled in; the caller retries later.
   */
  backgroundApi: Api
  logout(): Promise<void>
}

export const SESSION: InjectionKey<Session> = Symbol('jiefen.session')

/** Logs in (redirecting to Keycloak when needed) before the app mounts. */
export async function startSession(appBase: string, locale: () => string): Promise<Session> {
  const auth = createAuth(appBase)
  const claims = await auth.login()
  const api = createApi(auth.accessToken, locale, () => void auth.login())
  const backgroundApi = createApi(auth.accessToken, locale, () => {})
  return { claims, api, backgroundApi, logout: auth.logout }
}

export function useSession(): Session {
  const session = inject(SESSION)
  if (!session) throw new Error('no session: the app mounts only after login')
  return session
}

/** What a user sees when login itself failed (Keycloak unreachable, a refused callback…). */
export function showLoginFailure(error: unknown): never {
  const app = document.getElementById('app')
  if (app) {
    const zh = document.createElement('p')
    zh.textContent = '无法登录，请稍后刷新重试。'
    const en = document.createElement('p')
    en.textContent = `Login failed: ${(error as Error)?.message ?? String(error)}`
    app.replaceChildren(zh, en)
  }
  throw error
}
