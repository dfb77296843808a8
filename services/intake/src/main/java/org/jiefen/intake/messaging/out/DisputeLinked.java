package org.jiefen.intake.messaging.out;

import java.time.Instant;
import java.util.Map;
import org.jiefen.platform.events.Actor;

public record DisputeLinked(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String primaryDisputeId,
    String centerCode,
    Map<String, Object> match) {

  public static final String TYPE = "dispute.linked.v1";
}
