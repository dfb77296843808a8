package org.jiefen.mediatorpool.messaging.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.platform.events.Actor;

/**
 * mediator-pool's own copies of the mediation lifecycle events, one record per type; a test checks
 * each against its contract schema. Every one names the dispute, the center and the assignment.
 */
public final class MediationEvents {

  private MediationEvents() {}

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
      String mediatorCode,
      long assignmentId) {
    public static final String TYPE = "mediation.accepted.v1";

    public static Accepted of(Assignment a, Actor actor, Instant at) {
      return new Accepted(
          id(), TYPE, at, a.disputeId(), actor, null, a.centerCode(), a.mediatorCode(), a.id());
    }
  }

  public record Declined(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      String mediatorCode,
      long assignmentId,
      boolean expired) {
    public static final String TYPE = "mediation.declined.v1";

    public static Declined of(Assignment a, Actor actor, boolean expired, Instant at) {
      return new Declined(
          id(),
          TYPE,
          at,
          a.disputeId(),
          actor,
          a.answerReason(),
          a.centerCode(),
          a.mediatorCode(),
          a.id(),
          expired);
    }
  }

  public record Unassigned(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      DisputeAssigned.Trace trace) {
    public static final String TYPE = "dispute.unassigned.v1";

    public static Unassigned of(Assignment a, DisputeAssigned.Trace trace, Instant at) {
      return new Unassigned(
          id(),
          TYPE,
          at,
          a.disputeId(),
          Actor.system("mediator-pool"),
          a.reason(),
          a.centerCode(),
          trace);
    }
  }

  public record Logged(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      long assignmentId,
      String kind,
      String mode,
      Instant heldAt,
      boolean withOtherParty,
      List<String> participants) {
    public static final String TYPE = "mediation.logged.v1";
  }

  public record Contacted(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      String mediatorCode,
      long assignmentId,
      Instant contactedAt) {
    public static final String TYPE = "mediation.contacted.v1";

    public static Contacted of(Assignment a, Actor actor, Instant at) {
      return new Contacted(
          id(),
          TYPE,
          at,
          a.disputeId(),
          actor,
          null,
          a.centerCode(),
          a.mediatorCode(),
          a.id(),
          a.firstContactAt());
    }
  }

  public record Paused(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      long assignmentId,
      String kind) {
    public static final String TYPE = "mediation.paused.v1";

    public static Paused of(Assignment a, Actor actor, String kind, String reason, Instant at) {
      return new Paused(id(), TYPE, at, a.disputeId(), actor, reason, a.centerCode(), a.id(), kind);
    }
  }

  public record Resumed(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      long assignmentId,
      Instant pausedSince) {
    public static final String TYPE = "mediation.resumed.v1";

    public static Resumed of(Assignment a, Actor actor, Instant since, Instant at) {
      return new Resumed(id(), TYPE, at, a.disputeId(), actor, null, a.centerCode(), a.id(), since);
    }
  }

  public record Consent(String party, Instant consentedAt, String channel) {}

  public record Extended(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      long assignmentId,
      int days,
      List<Consent> consents) {
    public static final String TYPE = "mediation.extended.v1";

    public static Extended of(
        Assignment a, Actor actor, String reason, int days, List<Consent> consents, Instant at) {
      return new Extended(
          id(), TYPE, at, a.disputeId(), actor, reason, a.centerCode(), a.id(), days, consents);
    }
  }

  public record FollowedUp(
      String eventId,
      String type,
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      long assignmentId,
      String result,
      LocalDate checkedOn) {
    public static final String TYPE = "mediation.followedup.v1";

    public static FollowedUp of(
        Assignment a, Actor actor, String notes, String result, LocalDate on, Instant at) {
      return new FollowedUp(
          id(), TYPE, at, a.disputeId(), actor, notes, a.centerCode(), a.id(), result, on);
    }
  }

  public static Logged logged(
      Assignment a,
      Actor actor,
      String kind,
      String mode,
      Instant heldAt,
      boolean withOtherParty,
      List<String> participants,
      Instant at) {
    return new Logged(
        id(),
        Logged.TYPE,
        at,
        a.disputeId(),
        actor,
        null,
        a.centerCode(),
        a.id(),
        kind,
        mode,
        heldAt,
        withOtherParty,
        participants);
  }
}
