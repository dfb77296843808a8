package org.jiefen.mediatorpool.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiefen.mediatorpool.domain.Agreement;
import org.jiefen.mediatorpool.domain.MediationOutcome;
import org.jiefen.mediatorpool.domain.Signature;
import org.jiefen.mediatorpool.domain.SignatureChannel;
import org.jiefen.mediatorpool.domain.Suggestion;

/**
 * The outcome a mediator records (pinned: {@code result}, {@code agreement}, {@code
 * requestConfirmation}, {@code reason}). Its rules span fields, so the domain's Conclusion checks
 * them, after the caller's access.
 */
public record OutcomeRequest(
    MediationOutcome result,
    @Valid AgreementInput agreement,
    Boolean requestConfirmation,
    String reason,
    Suggestion suggestion) {

  public record AgreementInput(
      String facts,
      String terms,
      LocalDate effectiveOn,
      LocalDate performanceDeadline,
      @Size(max = 50) List<@NotNull SignatureInput> signatures) {

    public Agreement toDomain() {
      return new Agreement(
          facts,
          terms,
          effectiveOn,
          performanceDeadline,
          signatures == null
              ? List.of()
              : signatures.stream()
                  .map(s -> new Signature(s.party(), s.signedAt(), s.channel()))
                  .toList());
    }
  }

  public record SignatureInput(String party, Instant signedAt, SignatureChannel channel) {}
}
