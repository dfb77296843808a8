package org.jiefen.mediatorpool.rest.dto;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.jiefen.mediatorpool.domain.Assignment;

/** An assignment as staff and its mediator see it, with the trace of how it was decided. */
public record AssignmentDto(
    long id,
    String disputeId,
    String centerCode,
    String category,
    String status,
    String mediatorCode,
    String reason,
    @JsonRawValue String trace,
    Instant assignedAt,
    Instant answeredAt,
    String answerReason,
    Instant firstContactAt,
    Instant pausedSince,
    Instant concludedAt,
    AgreementDto agreement,
    String failureReason,
    String suggestion,
    boolean confirmationRequested) {

  public static AssignmentDto of(Assignment a) {
    return new AssignmentDto(
        a.id(),
        a.disputeId(),
        a.centerCode(),
        a.category(),
        a.status().name(),
        a.mediatorCode(),
        a.reason(),
        a.trace(),
        a.assignedAt(),
        a.answeredAt(),
        a.answerReason(),
        a.firstContactAt(),
        a.pausedSince(),
        a.concludedAt(),
        AgreementDto.of(a.agreement()),
        a.failureReason(),
        a.suggestion() == null ? null : a.suggestion().name(),
        a.confirmationRequested());
  }
}
