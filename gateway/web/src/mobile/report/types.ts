/**
 * The create body of POST /api/v1/disputes (services/intake rest/dto/CreateDisputeRequest.java,
 * field names pinned by product-spec §5). Absent optional values are left out, not sent as "".
 */
export interface CreateBody {
  channel: 'GRID_MOBILE' | 'CENTER_PORTAL'
  category: string
  summary: string
  /** YYYY-MM-DD, not after today in China */
  occurredAt: string
  location: { communityCode: string; gridCode?: string; address?: string }
  parties: PartyBody[]
  claimAmount?: number
}

export interface PartyBody {
  role: 'APPLICANT' | 'RESPONDENT'
  name: string
  idNumber?: string
  phone?: string
  organization?: string
}

/** POST /api/v1/disputes answers 201 with this (rest/dto/CreatedDispute.java). */
export interface CreatedDispute {
  id: string
  status: string
}

/** POST /api/v1/disputes/{id}/attachments answers this (rest/dto/AttachmentDto.java). */
export interface StoredAttachment {
  id: string
  sha256: string
}

export type OutboxState = 'pending' | 'sending' | 'synced' | 'failed'

/** A photo of a queued report; its bytes live in the store's blob table under (item key, id). */
export interface OutboxPhoto {
  id: string
  name: string
  type: string
  size: number
  /** set once the server stored it: the photo is never sent again */
  attachmentId?: string
  /** the server's refusal of this photo (4xx), shown next to it */
  error?: string
}

/** Why the last send did not go through. */
export interface SendFailure {
  /** where it stopped: the dispute itself, or one of its photos after the dispute was stored */
  stage: 'create' | 'photo'
  /** HTTP status, absent for a network failure */
  status?: number
  message: string
  errors: { field: string; message: string }[]
}

/**
 * One report in the outbox. The Idempotency-Key is fixed when the user submits and never changes,
 * so a resend after a lost answer is replayed by the server instead of creating a second dispute.
 */
export interface OutboxItem {
  key: string
  /** username of who queued it: a shared phone never sends one user's report with another's token */
  owner: string
  createdAt: number
  state: OutboxState
  /** dropped once synced, so no personal numbers stay on the phone longer than needed */
  body: CreateBody | null
  /** what the outbox list shows, kept after the body is dropped */
  title: { category: string; applicant: string; summary: string }
  photos: OutboxPhoto[]
  /** failed sends so far (network, 5xx, 429, no token) */
  attempts: number
  /** epoch ms before which the timer leaves the item alone; "sync now" ignores it */
  nextAttemptAt: number
  lastError?: SendFailure
  disputeId?: string
  disputeStatus?: string
  syncedAt?: number
}
