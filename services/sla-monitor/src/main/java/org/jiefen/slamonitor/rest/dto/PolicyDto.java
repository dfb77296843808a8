package org.jiefen.slamonitor.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jiefen.slamonitor.domain.ClockAction;
import org.jiefen.slamonitor.domain.ClockScope;
import org.jiefen.slamonitor.domain.ClockUnit;
import org.jiefen.slamonitor.domain.SlaPolicy;

/**
 * A clock policy as admins write it and everyone reads it. scope, action and the lifecycle lists
 * may be left out (DISPUTE, FLAG, none); version, updatedBy and updatedAt are read-only.
 */
public record PolicyDto(
    @NotBlank @Pattern(regexp = "^[A-Z][A-Z_]{1,59}$") String clock,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Pattern(regexp = EVENT) String startEvent,
    @Min(0) @Max(3650) int length,
    @NotNull ClockUnit unit,
    @Min(1) @Max(99) int warnAtPercent,
    @NotBlank @Size(max = 1000) String consequence,
    @NotBlank @Size(max = 500) String citation,
    @Size(max = 1000) String extension,
    JsonNode condition,
    @Size(max = 10) List<@Pattern(regexp = EVENT) String> stopEvents,
    ClockScope scope,
    ClockAction action,
    @Size(max = 10) List<@Pattern(regexp = EVENT) String> pauseEvents,
    JsonNode pauseCondition,
    @Size(max = 10) List<@Pattern(regexp = EVENT) String> resumeEvents,
    @Size(max = 10) List<@Pattern(regexp = EVENT) String> extendEvents,
    @Min(1) @Max(365) Integer extendDays,
    @Min(0) @Max(10) Integer maxExtensions,
    Integer version,
    String updatedBy,
    Instant updatedAt) {

  public static final String EVENT = "^[a-z]+(\\.[a-z]+)*\\.v[0-9]+$";

  /** The policy this definition describes (validated by the admin service first). */
  public SlaPolicy toPolicy() {
    return new SlaPolicy(
            clock,
            name,
            startEvent,
            length,
            unit,
            warnAtPercent,
            consequence,
            citation,
            extension,
            objectOrNull(condition))
        .stoppedBy(orEmpty(stopEvents))
        .behaving(
            scope == null ? ClockScope.DISPUTE : scope,
            action == null ? ClockAction.FLAG : action,
            new SlaPolicy.Lifecycle(
                orEmpty(pauseEvents),
                objectOrNull(pauseCondition),
                orEmpty(resumeEvents),
                orEmpty(extendEvents),
                extendDays,
                maxExtensions == null ? 0 : maxExtensions));
  }

  private static String objectOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.toString();
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
