package org.jiefen.slamonitor.messaging.out;

import java.time.Instant;
import java.util.UUID;
import org.jiefen.platform.events.Actor;
import org.jiefen.slamonitor.domain.Deadline;

/** sla-monitor's copy of deadline.closed.v1. */
public record DeadlineClosed(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String deadlineId,
    String clock,
    String centerCode,
    Instant closedAt,
    boolean met,
    String stopEvent,
    String state) {

  public static final String TYPE = "deadline.closed.v1";

  public static DeadlineClosed of(Deadline d, Instant at, boolean met, String stopEvent) {
    return new DeadlineClosed(
        UUID.randomUUID().toString(),
        TYPE,
        Instant.now(),
        d.disputeId(),
        Actor.system("sla-monitor"),
        null,
        d.id(),
        d.clock(),
        d.centerCode(),
        at,
        met,
        stopEvent,
        d.state());
  }
}
