package org.jiefen.routing.rest.dto;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import org.jiefen.routing.domain.RoutingDecision;

public record RoutingDecisionDto(
    String disputeId,
    String centerCode,
    String centerLevel,
    String mediationType,
    List<String> flags,
    String rule,
    @JsonRawValue String trace,
    Instant decidedAt) {

  public static RoutingDecisionDto of(RoutingDecision d) {
    return new RoutingDecisionDto(
        d.disputeId(),
        d.centerCode(),
        d.centerLevel().name(),
        d.mediationType().name(),
        d.flags(),
        d.ruleName(),
        d.trace(),
        d.decidedAt());
  }
}
