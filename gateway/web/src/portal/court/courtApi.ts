import { ApiError, type Api } from '../../shared/api'
import type {
  ApplicationStatus,
  CourtApplication,
  CourtPage,
  DecisionRequest,
  Deadline,
  ExtensionRequest,
  MaterialsRequest,
} from './types'
import type { IdempotencyKeys } from './rules'

/** The court API (docs/court-integration.md) as the clerks' screens call it. */
const BASE = '/court/applications'

export function listApplications(api: Api, status: ApplicationStatus | null, page: number, size: number) {
  return api.get<CourtPage>(BASE, { status, page, size })
}

export function getApplication(api: Api, id: string) {
  return api.get<CourtApplication>(`${BASE}/${encodeURIComponent(id)}`)
}

export function agreementPdf(api: Api, id: string) {
  return api.blob(`${BASE}/${encodeURIComponent(id)}/agreement.pdf`)
}

/**
 * The dispute's clocks from sla-monitor, or null when the clerk may not read them (404 outside
 * the clerk's org unit, 403) — the screens then estimate from the application's dates.
 */
export async function deadlinesOf(api: Api, disputeId: string): Promise<Deadline[] | null> {
  try {
    return await api.get<Deadline[]>(`/disputes/${encodeURIComponent(disputeId)}/deadlines`)
  } catch (e) {
    if (e instanceof ApiError && (e.problem.status === 404 || e.problem.status === 403)) return null
    throw e
  }
}

export type CourtAction =
  | { kind: 'accept' }
  | { kind: 'materials'; body: MaterialsRequest }
  | { kind: 'decide'; body: DecisionRequest }
  | { kind: 'extend'; body: ExtensionRequest }

const PATH: Record<CourtAction['kind'], string> = {
  accept: 'accept',
  materials: 'supplement-requests',
  decide: 'decision',
  extend: 'extension',
}

/** Every court write carries an Idempotency-Key; the answer is the application as it now is. */
export function perform(api: Api, keys: IdempotencyKeys, id: string, action: CourtAction) {
  const body = 'body' in action ? action.body : undefined
  const key = keys.keyFor(`${action.kind} ${id}`, body)
  return api.post<CourtApplication>(`${BASE}/${encodeURIComponent(id)}/${PATH[action.kind]}`, body, {
    'Idempotency-Key': key,
  })
}
