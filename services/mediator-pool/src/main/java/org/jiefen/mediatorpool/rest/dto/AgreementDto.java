package org.jiefen.mediatorpool.rest.dto;

import java.time.LocalDate;
import org.jiefen.mediatorpool.domain.Agreement;

public record AgreementDto(String text, LocalDate effectiveOn) {

  public static AgreementDto of(Agreement agreement) {
    return agreement == null ? null : new AgreementDto(agreement.text(), agreement.effectiveOn());
  }

  public Agreement toDomain() {
    return new Agreement(text, effectiveOn);
  }
}
