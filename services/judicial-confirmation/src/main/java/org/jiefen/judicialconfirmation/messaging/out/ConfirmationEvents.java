package org.jiefen.judicialconfirmation.messaging.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.platform.events.Actor;

/** This service's copies of the court's confirmation.*.v1 events; a test checks each schema. */
public final class ConfirmationEvents {

  private ConfirmationEvents() {}

  private static String id() {
    return UUID.randomUUID().toString();
  }

  public record Accepted(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      String applicationId,
      String courtCode) {
    public static final String TYPE = "confirmation.accepted.v1";

    public static Accepted of(Application a, Actor actor, Instant at) {
      return new Accepted(
          id(), TYPE, at, a.disputeId(), actor, null, a.centerCode(), a.id(), a.courtCode());
    }
  }

  public record MaterialsRequested(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      String applicationId,
      String courtCode,
      List<String> items) {
    public static final String TYPE = "confirmation.materialsrequested.v1";

    public static MaterialsRequested of(
        Application a, Actor actor, List<String> items, Instant at) {
      return new MaterialsRequested(
          id(), TYPE, at, a.disputeId(), actor, null, a.centerCode(), a.id(), a.courtCode(), items);
    }
  }

  public record MaterialsSupplied(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      String applicationId,
      String courtCode,
      String note) {
    public static final String TYPE = "confirmation.materialssupplied.v1";

    public static MaterialsSupplied of(Application a, Actor actor, Instant at) {
      return new MaterialsSupplied(
          id(),
          TYPE,
          at,
          a.disputeId(),
          actor,
          null,
          a.centerCode(),
          a.id(),
          a.courtCode(),
          a.materialsNote());
    }
  }

  public record Extended(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      String applicationId,
      String courtCode,
      int days,
      String approvedBy) {
    public static final String TYPE = "confirmation.extended.v1";

    public static Extended of(Application a, Actor actor, Instant at) {
      return new Extended(
          id(),
          TYPE,
          at,
          a.disputeId(),
          actor,
          a.extensionReason(),
          a.centerCode(),
          a.id(),
          a.courtCode(),
          Application.EXTENSION_DAYS,
          a.extensionApprovedBy());
    }
  }

  public record Decided(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      String applicationId,
      String courtCode,
      String result,
      String rulingNumber,
      String reasonCode) {
    public static final String TYPE = "confirmation.decided.v1";

    public static Decided of(Application a, Actor actor, Instant at) {
      return new Decided(
          id(),
          TYPE,
          at,
          a.disputeId(),
          actor,
          a.reasonText(),
          a.centerCode(),
          a.id(),
          a.courtCode(),
          a.status().name(),
          a.rulingNumber(),
          a.reasonCode() == null ? null : a.reasonCode().name());
    }
  }

  public record Refused(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      String applicationId,
      String courtCode,
      LocalDate agreementEffectiveOn,
      LocalDate applyBy) {
    public static final String TYPE = "confirmation.refused.v1";

    public static Refused of(Application a, Actor actor) {
      return new Refused(
          id(),
          TYPE,
          a.requestedAt(),
          a.disputeId(),
          actor,
          "the parties asked after the 30-day window that ended on %s (民事诉讼法 第二百零五条)"
              .formatted(a.applyBy()),
          a.centerCode(),
          a.id(),
          a.courtCode(),
          a.agreementEffectiveOn(),
          a.applyBy());
    }
  }
}
