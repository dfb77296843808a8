import { describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/api'
import { baseField, formProblem } from './problems'

describe('form problems', () => {
  it('files list items and one-item list bodies under the field a form item shows', () => {
    expect(baseField('specialties[1]')).toBe('specialties')
    expect(baseField('[0].condition.maxClaimAmount')).toBe('condition.maxClaimAmount')
  })

  it("puts the server's field errors next to their fields, the rest above the form", () => {
    const error = new ApiError({
      status: 400,
      detail: '3 field(s) invalid',
      errors: [
        { field: 'capacity', message: 'must be less than or equal to 1000' },
        { field: 'languages[2]', message: 'must match "…"' },
        { field: 'body', message: 'not well-formed JSON' },
      ],
    })
    expect(formProblem(error, ['capacity', 'languages'])).toEqual({
      fields: { capacity: 'must be less than or equal to 1000', languages: 'languages[2]: must match "…"' },
      general: 'body: not well-formed JSON',
    })
  })

  it('shows the detail when no field is named, and a network failure as it is', () => {
    expect(formProblem(new ApiError({ status: 409, detail: 'changed meanwhile' }), ['name'])).toEqual({
      fields: {},
      general: 'changed meanwhile',
    })
    expect(formProblem(new TypeError('Failed to fetch'), []).general).toBe('Failed to fetch')
  })
})
