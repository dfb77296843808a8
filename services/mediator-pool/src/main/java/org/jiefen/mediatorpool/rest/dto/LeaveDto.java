package org.jiefen.mediatorpool.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import org.jiefen.mediatorpool.domain.Leave;

public record LeaveDto(
    Long id, LocalDate from, LocalDate to, String reason, Instant recordedAt, String recordedBy) {

  public static LeaveDto of(Leave l) {
    return new LeaveDto(l.id(), l.from(), l.to(), l.reason(), l.recordedAt(), l.recordedBy());
  }
}
