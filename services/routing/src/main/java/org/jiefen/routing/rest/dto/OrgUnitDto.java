package org.jiefen.routing.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jiefen.routing.domain.OrgLevel;
import org.jiefen.routing.domain.OrgUnit;

public record OrgUnitDto(
    @NotBlank @Size(max = 120) @Pattern(regexp = CODE) String code,
    @NotBlank @Size(max = 200) String name,
    @NotNull OrgLevel level,
    @Size(max = 120) @Pattern(regexp = CODE) String parentCode,
    boolean sample) {

  static final String CODE = "^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$";

  public static OrgUnitDto of(OrgUnit unit) {
    return new OrgUnitDto(unit.code(), unit.name(), unit.level(), unit.parentCode(), unit.sample());
  }

  public OrgUnit toDomain() {
    return new OrgUnit(code, name, level, parentCode, sample);
  }
}
