package org.jiefen.intake.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jiefen.intake.domain.Category;

/** A category as seeds/categories.json and the admin API write it; {@code active} defaults on. */
public record CategoryDto(
    @NotBlank @Pattern(regexp = "^[A-Z][A-Z_]{1,39}$") String code,
    @NotBlank @Size(max = 100) String name,
    Boolean active) {

  public static CategoryDto of(Category c) {
    return new CategoryDto(c.code(), c.name(), c.active());
  }

  public boolean isActive() {
    return active == null || active;
  }
}
