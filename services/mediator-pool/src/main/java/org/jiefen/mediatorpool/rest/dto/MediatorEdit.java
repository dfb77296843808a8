package org.jiefen.mediatorpool.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorKind;

/**
 * A mediator's new values, replacing the old ones ({@code PUT /api/v1/mediators/{code}}). {@code
 * active} may be left out (unchanged) or true (reinstates a retired mediator); retiring goes
 * through {@code POST …/retire}, which records why.
 */
public record MediatorEdit(
    @Size(max = 200) @Pattern(regexp = MediatorDto.USERNAME) String username,
    @NotBlank @Size(max = 200) String name,
    @NotNull MediatorKind kind,
    @NotBlank @Size(max = 120) @Pattern(regexp = MediatorDto.CENTER) String centerCode,
    @Size(max = 80) @Pattern(regexp = MediatorDto.CODE) String organisationCode,
    @Size(max = 20)
        List<@NotNull @Size(max = 40) @Pattern(regexp = MediatorDto.CATEGORY) String> specialties,
    @Size(max = 10)
        List<@NotNull @Size(max = 20) @Pattern(regexp = MediatorDto.LANGUAGE) String> languages,
    @NotNull @Min(0) @Max(1000) Integer capacity,
    Boolean active) {

  /** The entry for this code; a mediator that stays retired keeps {@code active = false}. */
  public Mediator toDomain(String code, boolean currentlyActive) {
    return new Mediator(
        code,
        username,
        name,
        kind,
        centerCode,
        organisationCode,
        specialties == null ? List.of() : specialties,
        languages == null ? List.of() : languages,
        capacity,
        active == null ? currentlyActive : active);
  }
}
