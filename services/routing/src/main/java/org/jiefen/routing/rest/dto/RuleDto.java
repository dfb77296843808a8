package org.jiefen.routing.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jiefen.routing.domain.MediationType;
import org.jiefen.routing.domain.OrgLevel;

/** A routing rule as admins read and write it. version/updatedBy/updatedAt are read-only. */
public record RuleDto(
    @NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]{1,79}$") String id,
    @Min(0) @Max(100000) int position,
    boolean enabled,
    @NotBlank @Size(max = 500) String explanation,
    @NotNull @Valid Condition condition,
    OrgLevel targetLevel,
    @Size(max = 120) String targetCenterCode,
    @NotNull MediationType mediationType,
    @Size(max = 5) List<@Pattern(regexp = "^(FAST_TRACK|MAJOR_CONSULTATION)$") String> flags,
    Integer version,
    String updatedBy,
    Instant updatedAt) {

  public record Condition(
      @Size(max = 20) List<@Pattern(regexp = "^[A-Z][A-Z_]{1,39}$") String> categories,
      @Size(max = 120) @Pattern(regexp = "^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$") String areaCode,
      @DecimalMin("0") BigDecimal minClaimAmount,
      @DecimalMin("0") BigDecimal maxClaimAmount,
      @Min(1) @Max(100000) Integer minApplicants,
      @Size(max = 3)
          List<@Pattern(regexp = "^(GRID_MOBILE|CENTER_PORTAL|PARTNER_TRANSFER)$") String> channels,
      @Size(max = 3) List<@Pattern(regexp = "^(HRSS|PETITION|COURT)$") String> sourcePlatforms) {}
}
