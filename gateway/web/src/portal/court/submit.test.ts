import { describe, expect, it } from 'vitest'
import { ApiError, type Problem } from '../../shared/api'
import { useSubmit } from './submit'

describe('useSubmit', () => {
  it('answers the result and leaves no error on success', async () => {
    const s = useSubmit(['items'])
    expect(await s.run(async () => 'ok')).toBe('ok')
    expect([s.busy.value, s.general.value, s.byField.value]).toEqual([false, null, {}])
  })

  it('puts a problem\'s field errors next to their fields', async () => {
    const s = useSubmit(['rulingNumber'])
    const problem = { status: 400, detail: '1 field(s) invalid', errors: [{ field: 'rulingNumber', message: 'must look like (2026)粤0309民特123号' }] }
    expect(await s.run(() => Promise.reject(new ApiError(problem)))).toBeNull()
    expect(s.byField.value).toEqual({ rulingNumber: 'must look like (2026)粤0309民特123号' })
    expect(s.general.value).toBeNull()
  })

  it('hands a 409 to the page, and shows it itself without a handler', async () => {
    const seen: Problem[] = []
    const conflict = { status: 409, detail: 'the application is CONFIRMED; it cannot be decided' }
    const withHandler = useSubmit([], (p) => seen.push(p))
    await withHandler.run(() => Promise.reject(new ApiError(conflict)))
    expect(seen).toEqual([conflict])
    expect(withHandler.general.value).toBeNull()
    const without = useSubmit([])
    await without.run(() => Promise.reject(new ApiError(conflict)))
    expect(without.general.value).toBe('the application is CONFIRMED; it cannot be decided')
  })

  it('says so when the network failed, and clears the message on the next try', async () => {
    const s = useSubmit([])
    await s.run(() => Promise.reject(new TypeError('Failed to fetch')))
    expect(s.general.value).toBe('Failed to fetch')
    await s.run(async () => 1)
    expect(s.general.value).toBeNull()
  })
})
