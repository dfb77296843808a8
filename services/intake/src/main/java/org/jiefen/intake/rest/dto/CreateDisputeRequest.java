package org.jiefen.intake.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiefen.intake.domain.Channel;
import org.jiefen.intake.domain.PartyRole;
import org.jiefen.intake.domain.SourcePlatform;
import org.jiefen.intake.rest.validation.Mobile;
import org.jiefen.intake.rest.validation.ResidentId;

/** The create body of product-spec §5; field names are pinned there. */
public record CreateDisputeRequest(
    @NotNull Channel channel,
    @NotBlank @Pattern(regexp = "^[A-Z][A-Z_]{1,39}$") String category,
    @NotBlank @Size(max = 4000) String summary,
    @NotNull LocalDate occurredAt,
    @NotNull @Valid Location location,
    @NotEmpty @Size(max = 50) List<@NotNull @Valid PartyInput> parties,
    @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal claimAmount,
    @Valid Source source) {

  static final String CODE = "^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$";

  public record Location(
      @NotBlank @Size(max = 120) @Pattern(regexp = CODE) String communityCode,
      @Size(max = 120) String gridCode,
      @Size(max = 500) String address) {}

  public record PartyInput(
      @NotNull PartyRole role,
      @NotBlank @Size(max = 200) String name,
      @ResidentId String idNumber,
      @Mobile String phone,
      @Size(max = 200) String organization) {}

  public record Source(
      @NotNull SourcePlatform platform, @NotBlank @Size(max = 120) String externalRef) {}
}
