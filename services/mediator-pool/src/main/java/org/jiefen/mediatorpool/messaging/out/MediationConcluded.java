package org.jiefen.mediatorpool.messaging.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.IssuedAgreement;
import org.jiefen.platform.events.Actor;

/**
 * mediator-pool's own copy of mediation.concluded.v1; checked against the contract schema by tests.
 * {@code agreement} is null for a FAILED outcome, which carries its reason and suggestion instead.
 * {@code agreement.text} holds the agreed terms.
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
    long assignmentId,
    String outcome,
    String suggestion,
    Agreement agreement,
    boolean confirmationRequested) {

  public static final String TYPE = "mediation.concluded.v1";

  public record Agreement(
      String text,
      String facts,
      LocalDate effectiveOn,
      LocalDate performanceDeadline,
      Document document) {}

  /** Where the issued 调解协议书 PDF is served, and its hash. */
  public record Document(String documentId, String sha256, String path) {}

  public static MediationConcluded of(
      Assignment a, Actor actor, IssuedAgreement issued, Instant at) {
    org.jiefen.mediatorpool.domain.Agreement agreement = a.agreement();
    return new MediationConcluded(
        UUID.randomUUID().toString(),
        TYPE,
        at,
        a.disputeId(),
        actor,
        a.failureReason(),
        a.centerCode(),
        a.mediatorCode(),
        a.id(),
        a.status().name(),
        a.suggestion() == null ? null : a.suggestion().name(),
        agreement == null
            ? null
            : new Agreement(
                agreement.terms(),
                agreement.facts(),
                agreement.effectiveOn(),
                agreement.performanceDeadline(),
                issued == null
                    ? null
                    : new Document(
                        issued.id(),
                        issued.sha256(),
                        "/api/v1/disputes/" + a.disputeId() + "/agreement.pdf")),
        a.confirmationRequested());
  }
}
