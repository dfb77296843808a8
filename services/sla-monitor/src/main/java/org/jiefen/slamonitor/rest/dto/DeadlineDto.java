package org.jiefen.slamonitor.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import org.jiefen.slamonitor.domain.Deadline;

public record DeadlineDto(
    String id,
    String disputeId,
    String clock,
    String centerCode,
    Instant startedAt,
    Instant warnAt,
    Instant dueAt,
    LocalDate dueDate,
    boolean provisional,
    String state,
    String citation) {

  public static DeadlineDto of(Deadline d) {
    return new DeadlineDto(
        d.id(),
        d.disputeId(),
        d.clock(),
        d.centerCode(),
        d.startedAt(),
        d.warnAt(),
        d.dueAt(),
        d.dueDate(),
        d.provisional(),
        d.state(),
        d.citation());
  }
}
