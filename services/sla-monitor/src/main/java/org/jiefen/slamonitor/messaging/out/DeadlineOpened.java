package org.jiefen.slamonitor.messaging.out;

import java.time.Instant;
import java.util.UUID;
import org.jiefen.platform.events.Actor;
import org.jiefen.slamonitor.domain.Deadline;

/** sla-monitor's copy of deadline.opened.v1; checked against the contract schema by a test. */
public record DeadlineOpened(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String deadlineId,
    String clock,
    String centerCode,
    Instant startedAt,
    Instant warnAt,
    Instant dueAt,
    boolean provisional,
    String citation) {

  public static final String TYPE = "deadline.opened.v1";

  public static DeadlineOpened of(Deadline d) {
    return new DeadlineOpened(
        UUID.randomUUID().toString(),
        TYPE,
        Instant.now(),
        d.disputeId(),
        Actor.system("sla-monitor"),
        null,
        d.id(),
        d.clock(),
        d.centerCode(),
        d.startedAt(),
        d.warnAt(),
        d.dueAt(),
        d.provisional(),
        d.citation());
  }
}
