import { describe, expect, it } from 'vitest'
import { claimsOf } from './claims'

function token(payload: object): string {
  const bytes = new TextEncoder().encode(JSON.stringify(payload))
  const base64url = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
  return `eyJhbGciOiJSUzI1NiJ9.${base64url}.c2ln`
}

describe('claims of an access token', () => {
  it('reads the user, their org unit and realm roles, Chinese names intact', () => {
    const claims = claimsOf(
      token({
        sub: 'f1',
        preferred_username: 'staff.minle',
        name: '民乐 工作人员',
        org_unit: 'longhua.minzhi.minle',
        realm_access: { roles: ['center-staff'] },
      }),
    )
    expect(claims).toEqual({
      username: 'staff.minle',
      name: '民乐 工作人员',
      orgUnit: 'longhua.minzhi.minle',
      roles: ['center-staff'],
    })
  })

  it('has no org unit when the token carries none', () => {
    expect(claimsOf(token({ sub: 'c1', preferred_username: 'court-longhua' })).orgUnit).toBeNull()
  })

  it('refuses what is not a JWT', () => {
    expect(() => claimsOf('opaque')).toThrow('not a JWT')
  })
})
