package org.jiefen.routing.messaging.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jiefen.platform.events.Actor;

/** routing's own copy of dispute.routed.v1; checked against the contract schema by a test. */
public record DisputeRouted(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String centerCode,
    String centerLevel,
    String previousCenterCode,
    String category,
    String mediationType,
    List<String> flags,
    Trace trace,
    List<Party> parties) {

  public static final String TYPE = "dispute.routed.v1";

  /** A party as intake announced it: no ID or phone numbers. */
  public record Party(String role, String name, String organization) {}

  /** rule, inputs and alternatives are required by the schema; the rest explains in words. */
  public record Trace(
      String rule,
      int ruleVersion,
      String explanation,
      Map<String, Object> inputs,
      List<?> alternatives,
      List<String> laterMatchingRules) {}

  /** A transfer (移交) or auto-escalation: who moved it from which center, when and why. */
  public static DisputeRouted transfer(
      Instant occurredAt,
      String disputeId,
      Actor actor,
      String reason,
      String centerCode,
      String centerLevel,
      String previousCenterCode,
      String category,
      String mediationType,
      List<String> flags,
      Trace trace,
      List<Party> parties) {
    return new DisputeRouted(
        UUID.randomUUID().toString(),
        TYPE,
        occurredAt,
        disputeId,
        actor,
        reason,
        centerCode,
        centerLevel,
        previousCenterCode,
        category,
        mediationType,
        flags,
        trace,
        parties);
  }

  public static DisputeRouted of(
      String disputeId,
      String centerCode,
      String centerLevel,
      String category,
      String mediationType,
      List<String> flags,
      Trace trace,
      List<Party> parties) {
    return new DisputeRouted(
        UUID.randomUUID().toString(),
        TYPE,
        Instant.now(),
        disputeId,
        Actor.system("routing"),
        null,
        centerCode,
        centerLevel,
        null,
        category,
        mediationType,
        flags,
        trace,
        parties);
  }
}
