package org.jiefen.mediatorpool.messaging.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jiefen.platform.events.Actor;

/**
 * mediator-pool's own copy of dispute.assigned.v1; checked against the contract schema by tests.
 */
public record DisputeAssigned(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String centerCode,
    String mediatorCode,
    String mediatorName,
    String mediatorUsername,
    Trace trace) {

  public static final String TYPE = "dispute.assigned.v1";

  public record Trace(String rule, Map<String, Object> inputs, List<?> candidates) {}

  /** The same assignment, saying why it was made (a reassignment after a decline, by staff …). */
  public DisputeAssigned because(String why) {
    return new DisputeAssigned(
        eventId,
        type,
        occurredAt,
        disputeId,
        actor,
        why,
        centerCode,
        mediatorCode,
        mediatorName,
        mediatorUsername,
        trace);
  }

  public static DisputeAssigned of(
      String disputeId,
      String centerCode,
      String mediatorCode,
      String mediatorName,
      String mediatorUsername,
      Trace trace) {
    return new DisputeAssigned(
        UUID.randomUUID().toString(),
        TYPE,
        Instant.now(),
        disputeId,
        Actor.system("mediator-pool"),
        null,
        centerCode,
        mediatorCode,
        mediatorName,
        mediatorUsername,
        trace);
  }
}
