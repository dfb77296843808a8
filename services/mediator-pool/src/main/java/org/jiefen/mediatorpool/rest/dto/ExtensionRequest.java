package org.jiefen.mediatorpool.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

public record ExtensionRequest(
    @Min(1) @Max(365) int days,
    @NotBlank @Size(max = 2000) String reason,
    @NotEmpty @Size(max = 50) List<@NotNull @Valid ConsentDto> consents) {

  public record ConsentDto(
      @NotBlank @Size(max = 200) String party,
      @NotNull Instant consentedAt,
      @NotBlank @Size(max = 40) String channel) {}
}
