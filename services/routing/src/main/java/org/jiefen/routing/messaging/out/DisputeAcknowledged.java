package org.jiefen.routing.messaging.out;

import java.time.Instant;
import org.jiefen.platform.events.Actor;

public record DisputeAcknowledged(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String centerCode) {

  public static final String TYPE = "dispute.acknowledged.v1";
}
