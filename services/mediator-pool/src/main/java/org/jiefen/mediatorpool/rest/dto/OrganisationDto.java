package org.jiefen.mediatorpool.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jiefen.mediatorpool.domain.Organisation;
import org.jiefen.mediatorpool.domain.OrganisationKind;

/** A mediation organisation; {@code active} is required so that a missing field never retires. */
public record OrganisationDto(
    @NotBlank @Size(max = 80) @Pattern(regexp = MediatorDto.CODE) String code,
    @NotBlank @Size(max = 200) String name,
    @NotNull OrganisationKind kind,
    @NotBlank @Size(max = 120) @Pattern(regexp = MediatorDto.CENTER) String centerCode,
    @NotNull Boolean active) {

  public static OrganisationDto of(Organisation o) {
    return new OrganisationDto(o.code(), o.name(), o.kind(), o.centerCode(), o.active());
  }

  public Organisation toDomain() {
    return new Organisation(code, name, kind, centerCode, active);
  }
}
