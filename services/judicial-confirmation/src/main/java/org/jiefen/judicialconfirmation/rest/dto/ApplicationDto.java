package org.jiefen.judicialconfirmation.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import org.jiefen.judicialconfirmation.domain.Application;

public record ApplicationDto(
    String id,
    String disputeId,
    String courtCode,
    String centerCode,
    String status,
    String agreementText,
    LocalDate agreementEffectiveOn,
    LocalDate applyBy,
    Instant requestedAt) {

  public static ApplicationDto of(Application a) {
    return new ApplicationDto(
        a.id(),
        a.disputeId(),
        a.courtCode(),
        a.centerCode(),
        a.status(),
        a.agreementText(),
        a.agreementEffectiveOn(),
        a.applyBy(),
        a.requestedAt());
  }
}
