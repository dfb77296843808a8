package org.jiefen.intake.messaging.out;

import java.time.Instant;
import org.jiefen.platform.events.Actor;

public record DisputeWithdrawn(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String previousStatus,
    String centerCode) {

  public static final String TYPE = "dispute.withdrawn.v1";
}
