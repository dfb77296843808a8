package org.jiefen.mediatorpool.rest.dto;

import java.time.LocalDate;
import org.jiefen.mediatorpool.domain.Agreement;

public record AgreementDto(
    String facts, String terms, LocalDate effectiveOn, LocalDate performanceDeadline) {

  public static AgreementDto of(Agreement agreement) {
    return agreement == null
        ? null
        : new AgreementDto(
            agreement.facts(),
            agreement.terms(),
            agreement.effectiveOn(),
            agreement.performanceDeadline());
  }
}
