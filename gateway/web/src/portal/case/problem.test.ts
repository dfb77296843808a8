import { describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/api'
import { failureOf } from './problem'

describe('failureOf', () => {
  it('keeps the detail and files each error under the field the form knows', () => {
    const f = failureOf(
      new ApiError({
        status: 400,
        title: 'Bad Request',
        detail: 'the request is invalid',
        errors: [
          { field: 'transfer.request.toCenterCode', message: 'is not a center of the org tree' },
          { field: 'reason', message: 'must not be blank' },
        ],
      }),
    )
    expect(f).toEqual({
      message: 'the request is invalid',
      fields: { toCenterCode: 'is not a center of the org tree', reason: 'must not be blank' },
      status: 400,
    })
  })
  it('reads a network failure as its message', () => {
    expect(failureOf(new TypeError('Failed to fetch'))).toEqual({ message: 'Failed to fetch', fields: {}, status: null })
  })
})
