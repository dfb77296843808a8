/** What the apps show about the caller, read from the access token the API sees too. */
export interface Claims {
  username: string
  name: string
  orgUnit: string | null
  roles: string[]
}

/** Decodes (does not verify: the services do) the payload of a JWT, UTF-8 names included. */
export function claimsOf(accessToken: string): Claims {
  const part = accessToken.split('.')[1]
  if (!part) throw new Error('not a JWT')
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
  const payload = JSON.parse(json)
  return {
    username: payload.preferred_username ?? payload.sub,
    name: payload.name ?? payload.preferred_username ?? payload.sub,
    orgUnit: payload.org_unit ?? null,
    roles: payload.realm_access?.roles ?? [],
  }
}
