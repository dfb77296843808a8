import { ApiError, type Api } from '@shared/api'
import type { Assignment } from './types'

export interface TaggedAssignment {
  assignment: Assignment | null
  etag: string | null
}

/**
 * The dispute's current assignment with its ETag: reassigning sends `If-Match` with it
 * (mediator-pool), so of two staff acting at once exactly one wins. None yet is a 404.
 */
export async function readAssignment(api: Api, disputeId: string): Promise<TaggedAssignment> {
  try {
    const { body, etag } = await api.getTagged<Assignment>(`/disputes/${encodeURIComponent(disputeId)}/assignment`)
    return { assignment: body, etag }
  } catch (e) {
    if (e instanceof ApiError && e.problem.status === 404) return { assignment: null, etag: null }
    throw e
  }
}
