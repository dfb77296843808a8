package org.jiefen.mediatorpool.rest.dto;

import java.time.Instant;
import org.jiefen.mediatorpool.domain.AssignmentStatus;
import org.jiefen.mediatorpool.domain.MediationEntry;
import org.jiefen.mediatorpool.service.MediatorQueue;

/**
 * One line of a mediator's own queue, what a phone list shows: {@code status} is ASSIGNED (offered,
 * waiting for the answer) or ACCEPTED (in mediation; paused while {@code pausedSince} is set). The
 * deadlines — the acceptance clock among them — are sla-monitor's, with its working-day calendar
 * (GET /api/v1/disputes/{id}/deadlines).
 */
public record QueueItemDto(
    String disputeId,
    String category,
    String centerCode,
    String status,
    String mediatorCode,
    Instant offeredAt,
    Instant acceptedAt,
    Instant firstContactAt,
    Instant pausedSince,
    LastEntry lastSession) {

  /** The latest contact or session logged for this assignment. */
  public record LastEntry(String kind, String mode, Instant heldAt, boolean withOtherParty) {}

  public static QueueItemDto of(MediatorQueue.Item item) {
    var a = item.assignment();
    MediationEntry e = item.lastEntry();
    return new QueueItemDto(
        a.disputeId(),
        a.category(),
        a.centerCode(),
        a.status().name(),
        a.mediatorCode(),
        a.assignedAt(),
        a.status() == AssignmentStatus.ACCEPTED ? a.answeredAt() : null,
        a.firstContactAt(),
        a.pausedSince(),
        e == null
            ? null
            : new LastEntry(e.kind().name(), e.mode().name(), e.heldAt(), e.withOtherParty()));
  }
}
