package org.jiefen.slamonitor.messaging.out;

import java.time.Instant;
import java.util.UUID;
import org.jiefen.platform.events.Actor;
import org.jiefen.slamonitor.domain.Deadline;

/**
 * sla-monitor's copy of sla.warning.v1 and sla.overdue.v1 (the same shape): which clock, of which
 * version, at which center, due when, and what the policy says happens now.
 */
public record SlaFlagRaised(
    String eventId,
    String type,
    Instant occurredAt,
    String disputeId,
    Actor actor,
    String reason,
    String centerCode,
    String deadlineId,
    String clock,
    Instant dueAt,
    Instant warnAt,
    int deadlineVersion,
    String startEventId,
    String consequence,
    String citation) {

  public static final String WARNING = "sla.warning.v1";
  public static final String OVERDUE = "sla.overdue.v1";

  public static SlaFlagRaised of(Deadline d, Deadline.Flag flag, Instant at) {
    return new SlaFlagRaised(
        UUID.randomUUID().toString(),
        flag == Deadline.Flag.WARNING ? WARNING : OVERDUE,
        at,
        d.disputeId(),
        Actor.system("sla-monitor"),
        null,
        d.centerCode(),
        d.id(),
        d.clock(),
        d.dueAt(),
        d.warnAt(),
        d.version(),
        d.startEventId(),
        d.action().name(),
        d.citation());
  }
}
