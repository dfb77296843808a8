package org.jiefen.mediatorpool.rest.dto;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.jiefen.mediatorpool.domain.Assignment;

public record AssignmentDto(
    String disputeId,
    String centerCode,
    String category,
    String status,
    String mediatorCode,
    String reason,
    @JsonRawValue String trace,
    Instant assignedAt,
    Instant concludedAt,
    AgreementDto agreement,
    boolean confirmationRequested) {

  public static AssignmentDto of(Assignment a) {
    return new AssignmentDto(
        a.disputeId(),
        a.centerCode(),
        a.category(),
        a.status().name(),
        a.mediatorCode(),
        a.reason(),
        a.trace(),
        a.assignedAt(),
        a.concludedAt(),
        AgreementDto.of(a.agreement()),
        a.confirmationRequested());
  }
}
