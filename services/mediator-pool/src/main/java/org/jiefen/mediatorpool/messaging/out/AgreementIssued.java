package org.jiefen.mediatorpool.messaging.out;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.IssuedAgreement;
import org.jiefen.platform.events.Actor;

/**
 * mediator-pool's copy of agreement.issued.v1: the issued PDF itself, for judicial-confirmation to
 * put before the court without calling back (ADR 0014).
 */
public record AgreementIssued(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String centerCode,
    String documentId,
    String sha256,
    String mediaType,
    String contentBase64,
    Organisation organisation,
    List<Party> parties) {

  public static final String TYPE = "agreement.issued.v1";

  public record Organisation(String code, String name) {}

  public record Party(String role, String name) {}

  public static AgreementIssued of(
      Assignment a,
      IssuedAgreement doc,
      Organisation organisation,
      List<Party> parties,
      Actor actor,
      Instant at) {
    return new AgreementIssued(
        UUID.randomUUID().toString(),
        TYPE,
        at,
        a.disputeId(),
        actor,
        null,
        a.centerCode(),
        doc.id(),
        doc.sha256(),
        "application/pdf",
        Base64.getEncoder().encodeToString(doc.content()),
        organisation,
        parties);
  }
}
