package org.jiefen.slamonitor.messaging.out;

import java.time.Instant;
import java.util.UUID;
import org.jiefen.platform.events.Actor;
import org.jiefen.slamonitor.domain.Deadline;

/** sla-monitor's copy of deadline.changed.v1: a running clock's new state and due date. */
public record DeadlineChanged(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String deadlineId,
    String clock,
    String centerCode,
    String state,
    Instant warnAt,
    Instant dueAt,
    boolean provisional,
    int version,
    String change) {

  public static final String TYPE = "deadline.changed.v1";

  public static DeadlineChanged of(Deadline d, String change, Instant at) {
    return new DeadlineChanged(
        UUID.randomUUID().toString(),
        TYPE,
        at,
        d.disputeId(),
        Actor.system("sla-monitor"),
        null,
        d.id(),
        d.clock(),
        d.centerCode(),
        d.state(),
        d.warnAt(),
        d.dueAt(),
        d.provisional(),
        d.version(),
        change);
  }
}
