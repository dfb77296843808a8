/** The case page's view of the services' answers (shapes from the services' rest DTOs). */

/** GET /api/v1/disputes/{id} (intake DisputeView). Personal numbers arrive masked. */
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
  source: { platform: string; externalRef: string } | null
  centerCode: string | null
  mediationType: string | null
  assignee: { code: string; name: string; username: string | null } | null
  flags: string[] | null
  routingTrace: RoutingTrace | null
  links: CaseLink[] | null
  attachments: Attachment[] | null
  createdAt: string
  updatedAt: string
}

export interface Party {
  role: string
  name: string
  organization: string | null
  idNumber: string | null
  phone: string | null
}

/** This case is the duplicate of (DUPLICATE_OF) or is duplicated by the other one. */
export interface CaseLink {
  disputeId: string
  relation: string
  linkedAt: string
}

/** GET /api/v1/disputes/{id}/attachments (intake AttachmentDto). */
export interface Attachment {
  id: string
  fileName: string
  mediaType: string
  size: number
  sha256: string
  description: string | null
  uploadedBy: string | null
  uploadedAt: string
}

/** GET /api/v1/disputes/{id}/timeline (intake TimelineItem), oldest first. */
export interface TimelineItem {
  eventId: string
  type: string
  occurredAt: string
  actor: { kind: string; username: string | null; orgUnit: string | null } | null
  centerCode: string | null
  summary: string | null
  reason: string | null
}

/** The trace routing stores with each decision (DisputeRouted.Trace). */
export interface RoutingTrace {
  rule: string
  ruleVersion?: number
  explanation?: string | null
  inputs?: Record<string, unknown> | null
  alternatives?: { centerCode: string; level?: string; whyNot?: string }[] | null
  laterMatchingRules?: string[] | null
}

/** GET /api/v1/routing/decisions/{disputeId} (routing RoutingDecisionDto), oldest first. */
export interface RoutingDecision {
  disputeId: string
  centerCode: string
  centerLevel: string
  mediationType: string
  flags: string[] | null
  rule: string
  trace: RoutingTrace | null
  decidedAt: string
}

/** A clock (sla-monitor DeadlineDto), on the case page and the board. */
export interface Deadline {
  id: string
  disputeId: string
  clock: string
  centerCode: string
  scope: string
  startedAt: string
  warnAt: string | null
  dueAt: string | null
  dueDate: string | null
  provisional: boolean
  state: string
  version: number
  policyVersion: number
  extensions: number
  consequence: string
  citation: string | null
  closedAt: string | null
}

/** GET /api/v1/disputes/{id}/assignment (mediator-pool AssignmentDto). */
export interface Assignment {
  id: number
  disputeId: string
  centerCode: string
  category: string
  status: string
  mediatorCode: string | null
  reason: string | null
  assignedAt: string | null
  answeredAt: string | null
  answerReason: string | null
  firstContactAt: string | null
  concludedAt: string | null
  agreement: { facts: string; terms: string; effectiveOn: string | null; performanceDeadline: string | null } | null
  failureReason: string | null
  suggestion: string | null
  confirmationRequested: boolean
}

/** GET /api/v1/mediators (mediator-pool MediatorView), the fields the picker shows. */
export interface Mediator {
  code: string
  username: string | null
  name: string
  kind: string
  centerCode: string
  organisationCode: string | null
  specialties: string[]
  capacity: number
  active: boolean
  onLeave: boolean
  workload: { openAssignments: number; capacity: number; lastAssignedAt: string | null }
}

/** GET /api/v1/org-units (routing OrgUnitDto). */
export interface OrgUnit {
  code: string
  name: string
  level: 'DISTRICT' | 'STREET' | 'COMMUNITY' | 'GRID' | string
  parentCode: string | null
  sample: boolean
}
