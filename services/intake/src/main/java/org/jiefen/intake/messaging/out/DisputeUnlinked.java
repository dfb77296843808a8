package org.jiefen.intake.messaging.out;

import java.time.Instant;
import org.jiefen.platform.events.Actor;

public record DisputeUnlinked(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String otherDisputeId,
    String centerCode) {

  public static final String TYPE = "dispute.unlinked.v1";
}
