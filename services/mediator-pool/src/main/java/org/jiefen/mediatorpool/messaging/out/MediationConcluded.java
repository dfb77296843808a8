package org.jiefen.mediatorpool.messaging.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jiefen.platform.events.Actor;

/**
 * mediator-pool's own copy of mediation.concluded.v1; checked against the contract schema by tests.
 * {@code agreement} is null for a FAILED outcome.
 */
public record MediationConcluded(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String centerCode,
    String mediatorCode,
    String outcome,
    Agreement agreement,
    boolean confirmationRequested) {

  public static final String TYPE = "mediation.concluded.v1";

  public record Agreement(String text, LocalDate effectiveOn) {}

  public static MediationConcluded of(
      String disputeId,
      Actor actor,
      String centerCode,
      String mediatorCode,
      String outcome,
      Agreement agreement,
      boolean confirmationRequested) {
    return new MediationConcluded(
        UUID.randomUUID().toString(),
        TYPE,
        Instant.now(),
        disputeId,
        actor,
        null,
        centerCode,
        mediatorCode,
        outcome,
        agreement,
        confirmationRequested);
  }
}
