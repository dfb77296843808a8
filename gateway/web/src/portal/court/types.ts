/**
 * The court API's shapes (services/judicial-confirmation rest/dto/CourtApplicationDto.java and
 * CourtRequests.java) and sla-monitor's clock (rest/dto/DeadlineDto.java).
 */

export const APPLICATION_STATUSES = [
  'PENDING',
  'ACCEPTED',
  'MATERIALS_REQUESTED',
  'CONFIRMED',
  'REJECTED',
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

/** 法释〔2011〕5号 第七条, in the order of the article (domain/RejectionGround.java). */
export const REJECTION_GROUNDS = [
  'VIOLATES_MANDATORY_LAW',
  'HARMS_PUBLIC_INTEREST',
  'HARMS_THIRD_PARTY',
  'VIOLATES_PUBLIC_ORDER',
  'UNCLEAR_CONTENT',
  'OTHER',
] as const
export type RejectionGround = (typeof REJECTION_GROUNDS)[number]

export interface Party {
  role: string
  name: string
}

export interface Agreement {
  terms: string
  /** ISO date */
  effectiveOn: string
  /** ISO date: the last day to apply (民事诉讼法 第二百零五条) */
  applyBy: string
  documentSha256?: string
  /** absent when no PDF reached the service */
  pdf?: string
}

export interface Materials {
  items: string[]
  requestedAt: string
  suppliedAt?: string
  note?: string
}

export interface Extension {
  days: number
  approvedBy: string
  reason: string
  at: string
}

export interface Decision {
  result: 'CONFIRMED' | 'REJECTED'
  rulingNumber?: string
  reasonCode?: RejectionGround
  reason?: string
  decidedAt: string
}

/** Absent members are simply left out of the JSON (NON_NULL). */
export interface CourtApplication {
  id: string
  disputeId: string
  status: ApplicationStatus
  courtCode: string
  centerCode: string
  organisationName?: string
  parties: Party[]
  agreement: Agreement
  requestedAt: string
  acceptedAt?: string
  materials?: Materials
  extension?: Extension
  decision?: Decision
}

export interface CourtPage {
  items: CourtApplication[]
  page: number
  size: number
  total: number
}

/** One of the dispute's clocks as sla-monitor keeps it. */
export interface Deadline {
  id: string
  disputeId: string
  clock: string
  centerCode: string
  startedAt: string
  dueAt: string
  dueDate: string
  provisional: boolean
  /** OPEN | PAUSED | OVERDUE | MET | LATE | HANDED_OVER | CANCELLED */
  state: string
  extensions: number
  citation?: string
  closedAt?: string
}

export interface MaterialsRequest {
  items: string[]
}

export interface DecisionRequest {
  result: 'CONFIRMED' | 'REJECTED'
  rulingNumber?: string
  reasonCode?: RejectionGround
  reason?: string
}

export interface ExtensionRequest {
  approvedBy: string
  reason: string
}
