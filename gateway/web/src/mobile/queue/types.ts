/** GET /api/v1/assignments/mine (services/mediator-pool rest/dto/QueueItemDto.java). */
export interface QueueItem {
  disputeId: string
  category: string
  centerCode: string
  /** ASSIGNED: offered, waiting for the answer; ACCEPTED: in mediation (paused while pausedSince is set) */
  status: 'ASSIGNED' | 'ACCEPTED'
  mediatorCode: string
  offeredAt: string
  acceptedAt: string | null
  firstContactAt: string | null
  pausedSince: string | null
  lastSession: LastEntry | null
}

export interface LastEntry {
  kind: EntryKind
  mode: EntryMode
  heldAt: string
  withOtherParty: boolean
}

/** GET /api/v1/disputes/{id}/deadlines (services/sla-monitor rest/dto/DeadlineDto.java). */
export interface Deadline {
  id: string
  disputeId: string
  clock: string
  centerCode: string
  startedAt: string
  warnAt: string
  dueAt: string
  dueDate: string
  provisional: boolean
  /** OPEN, PAUSED, MET, MISSED, CANCELLED… only OPEN and PAUSED still run */
  state: string
  citation: string | null
  closedAt: string | null
}

/** GET /api/v1/sla/calendar/{year}: the State Council's holiday notice for one year. */
export interface HolidayCalendar {
  year: number
  notice: string
  holidays: string[]
  makeupWorkdays: string[]
}

/** GET /api/v1/disputes/{id} (services/intake rest/dto/DisputeView.java), the parts shown here. */
export interface DisputeView {
  id: string
  status: string
  channel: string
  category: string
  summary: string
  occurredAt: string | null
  location: { communityCode: string | null; gridCode: string | null; address: string | null } | null
  parties: Party[]
  claimAmount: number | null
  centerCode: string
  assignee: { code: string; name: string; username: string | null } | null
  createdAt: string
}

export interface Party {
  role: string
  name: string
  organization: string | null
  idNumber: string | null
  phone: string | null
}

/** GET /api/v1/disputes/{id}/assignment (services/mediator-pool rest/dto/AssignmentDto.java). */
export interface Assignment {
  id: number
  disputeId: string
  centerCode: string
  category: string
  status: string
  mediatorCode: string | null
  assignedAt: string
  answeredAt: string | null
  answerReason: string | null
  firstContactAt: string | null
  pausedSince: string | null
  concludedAt: string | null
  failureReason: string | null
  suggestion: string | null
}

export type EntryKind = 'CONTACT' | 'SESSION'
export type EntryMode = 'IN_PERSON' | 'PHONE' | 'VIDEO' | 'MESSAGE'

/** One line of GET /api/v1/disputes/{id}/sessions (rest/dto/EntryDto.java). */
export interface Entry {
  id: number
  kind: EntryKind
  mode: EntryMode
  heldAt: string
  withOtherParty: boolean
  participants: string[]
  notes: string | null
  recordedBy: string
}

/** POST /api/v1/disputes/{id}/sessions (rest/dto/SessionRequest.java). */
export interface SessionRequest {
  kind: EntryKind
  mode: EntryMode
  heldAt: string
  withOtherParty: boolean
  participants: string[]
  notes?: string
}

export type Suggestion = 'ARBITRATION' | 'LITIGATION' | 'ESCALATE' | 'OTHER'
export type SignatureChannel = 'IN_PERSON' | 'MOBILE' | 'VIDEO' | 'ELECTRONIC'

/** POST /api/v1/disputes/{id}/outcome (rest/dto/OutcomeRequest.java). */
export interface OutcomeRequest {
  result: 'SETTLED' | 'FAILED'
  agreement?: {
    facts: string
    terms: string
    effectiveOn: string
    performanceDeadline: string
    signatures: { party: string; signedAt: string; channel: SignatureChannel }[]
  }
  requestConfirmation?: boolean
  reason?: string
  suggestion?: Suggestion
}
