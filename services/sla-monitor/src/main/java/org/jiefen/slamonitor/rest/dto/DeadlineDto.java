package org.jiefen.slamonitor.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import org.jiefen.slamonitor.domain.Deadline;

/** A clock as the case page and the board show it. */
public record DeadlineDto(
    String id,
    String disputeId,
    String clock,
    String centerCode,
    String scope,
    Instant startedAt,
    Instant warnAt,
    Instant dueAt,
    LocalDate dueDate,
    boolean provisional,
    String state,
    int version,
    int policyVersion,
    int extensions,
    String consequence,
    String citation,
    Instant closedAt) {

  public static DeadlineDto of(Deadline d) {
    return new DeadlineDto(
        d.id(),
        d.disputeId(),
        d.clock(),
        d.centerCode(),
        d.scope().name(),
        d.startedAt(),
        d.warnAt(),
        d.dueAt(),
        d.dueDate(),
        d.provisional(),
        d.state(),
        d.version(),
        d.policyVersion(),
        d.extensions(),
        d.action().name(),
        d.citation(),
        d.closedAt());
  }
}
