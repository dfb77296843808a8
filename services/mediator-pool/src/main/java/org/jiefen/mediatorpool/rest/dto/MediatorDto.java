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

/** A roster entry; capacity and active are required so that a missing field never means 0/false. */
public record MediatorDto(
    @NotBlank @Size(max = 80) @Pattern(regexp = CODE) String code,
    @Size(max = 200) @Pattern(regexp = USERNAME) String username,
    @NotBlank @Size(max = 200) String name,
    @NotNull MediatorKind kind,
    @NotBlank @Size(max = 120) @Pattern(regexp = CENTER) String centerCode,
    @Size(max = 20) List<@NotNull @Size(max = 40) @Pattern(regexp = CATEGORY) String> specialties,
    @NotNull @Min(0) @Max(1000) Integer capacity,
    @NotNull Boolean active) {

  static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
  static final String USERNAME = "^[A-Za-z0-9][A-Za-z0-9._@-]*$";
  static final String CENTER = "^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$";
  static final String CATEGORY = "^[A-Z][A-Z_]*$";

  public static MediatorDto of(Mediator m) {
    return new MediatorDto(
        m.code(),
        m.username(),
        m.name(),
        m.kind(),
        m.centerCode(),
        m.specialties(),
        m.capacity(),
        m.active());
  }

  public Mediator toDomain() {
    return new Mediator(
        code,
        username,
        name,
        kind,
        centerCode,
        specialties == null ? List.of() : specialties,
        capacity,
        active);
  }
}
