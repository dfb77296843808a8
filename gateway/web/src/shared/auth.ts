import { UserManager, WebStorageStateStore } from 'oidc-client-ts'
import { claimsOf, type Claims } from './claims'

/**
 * Login with Keycloak: authorization code + PKCE (S256, oidc-client-ts' default for the code flow)
 * with the public client jiefen-web. The app's own base path is the redirect URI, so the realm's
 * http://localhost:8080/* covers both apps; the page the user asked for travels in `state`.
 */
export interface Auth {
  /** Resolves with the caller once logged in; redirects to Keycloak (and never resolves) if not. */
  login(): Promise<Claims>
  /** A current access token for the API, renewed with the refresh token when it has expired. */
  accessToken(): Promise<string | null>
  logout(): Promise<void>
}

const AUTHORITY = import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/jiefen'
const CLIENT_ID = import.meta.env.VITE_OIDC_CLIENT_ID ?? 'jiefen-web'

export function createAuth(appBase: string): Auth {
  const home = window.location.origin + appBase
  const manager = new UserManager({
    authority: AUTHORITY,
    client_id: CLIENT_ID,
    redirect_uri: home,
    post_logout_redirect_uri: home,
    response_type: 'code',
    scope: 'openid',
    // Session storage: the login ends with the tab, and nothing outlives a shared phone's session.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
  })

  async function login(): Promise<Claims> {
    const url = new URL(window.location.href)
    if (url.searchParams.has('code') && url.searchParams.has('state')) {
      const user = await manager.signinRedirectCallback()
      const back = typeof user.state === 'string' && user.state.startsWith(appBase) ? user.state : appBase
      window.history.replaceState(null, '', back)
      return claimsOf(user.access_token)
    }
    const user = await manager.getUser()
    if (user && !user.expired) return claimsOf(user.access_token)
    if (user?.refresh_token) {
      const renewed = await manager.signinSilent().catch(() => null)
      if (renewed) return claimsOf(renewed.access_token)
    }
    // Without a signal the login page cannot load either: a grid mediator whose token ran out
    // keeps working offline as the user this tab knows (the API refuses nothing it never sees;
    // the outbox keeps reports until a token is current again).
    if (user && !(await keycloakReachable())) return claimsOf(user.access_token)
    const here = window.location.pathname + window.location.search + window.location.hash
    await manager.signinRedirect({ state: here })
    return new Promise(() => {})
  }

  async function keycloakReachable(): Promise<boolean> {
    if (!navigator.onLine) return false
    try {
      await fetch(`${AUTHORITY}/.well-known/openid-configuration`, { cache: 'no-store' })
      return true
    } catch {
      return false
    }
  }

  async function accessToken(): Promise<string | null> {
    let user = await manager.getUser()
    if (user?.expired && user.refresh_token) user = await manager.signinSilent().catch(() => null)
    return user && !user.expired ? user.access_token : null
  }

  async function logout(): Promise<void> {
    await manager.signoutRedirect()
  }

  return { login, accessToken, logout }
}
