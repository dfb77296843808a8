package org.jiefen.judicialconfirmation.messaging.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.platform.events.Actor;

/** This service's copy of confirmation.requested.v1; checked against the schema by a test. */
public record ConfirmationRequested(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String applicationId,
    String courtCode,
    String centerCode,
    LocalDate agreementEffectiveOn) {

  public static final String TYPE = "confirmation.requested.v1";

  public static ConfirmationRequested of(Application a, Actor actor) {
    return new ConfirmationRequested(
        UUID.randomUUID().toString(),
        TYPE,
        a.requestedAt(),
        a.disputeId(),
        actor,
        null,
        a.id(),
        a.courtCode(),
        a.centerCode(),
        a.agreementEffectiveOn());
  }
}
