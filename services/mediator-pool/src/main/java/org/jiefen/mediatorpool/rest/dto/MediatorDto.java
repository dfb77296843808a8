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
 * A roster entry as admins write it (bulk load, add one, an import row); capacity and active are
 * required so that a missing field never means 0/false. organisationCode and languages may be left
 * out (not recorded).
 */
public record MediatorDto(
    @NotBlank @Size(max = 80) @Pattern(regexp = CODE) String code,
    @Size(max = 200) @Pattern(regexp = USERNAME) String username,
    @NotBlank @Size(max = 200) String name,
    @NotNull MediatorKind kind,
    @NotBlank @Size(max = 120) @Pattern(regexp = CENTER) String centerCode,
    @Size(max = 80) @Pattern(regexp = CODE) String organisationCode,
    @Size(max = 20) List<@NotNull @Size(max = 40) @Pattern(regexp = CATEGORY) String> specialties,
    @Size(max = 10) List<@NotNull @Size(max = 20) @Pattern(regexp = LANGUAGE) String> languages,
    @NotNull @Min(0) @Max(1000) Integer capacity,
    @NotNull Boolean active) {

  public static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
  public static final String USERNAME = "^[A-Za-z0-9][A-Za-z0-9._@-]*$";
  public static final String CENTER = "^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$";
  public static final String CATEGORY = "^[A-Z][A-Z_]*$";

  /** A language or dialect's name: no list separators, no surrounding blanks (普通话, 粤语). */
  public static final String LANGUAGE = "^[^,，、;；\\s]([^,，、;；]*[^,，、;；\\s])?$";

  public static MediatorDto of(Mediator m) {
    return new MediatorDto(
        m.code(),
        m.username(),
        m.name(),
        m.kind(),
        m.centerCode(),
        m.organisationCode(),
        m.specialties(),
        m.languages(),
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
        organisationCode,
        specialties == null ? List.of() : specialties,
        languages == null ? List.of() : languages,
        capacity,
        active);
  }
}
