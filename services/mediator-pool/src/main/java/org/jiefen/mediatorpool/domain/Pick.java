package org.jiefen.mediatorpool.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An assignment outcome with its explanation (PIPL Art. 24): the rule, its inputs, and every
 * mediator of the center with the load it was judged on and why it was or was not chosen. {@code
 * chosen} is null when nobody fits, and {@code reason} then says why.
 */
public record Pick(
    Mediator chosen,
    String reason,
    String rule,
    Map<String, Object> inputs,
    List<Candidate> candidates) {

  public boolean found() {
    return chosen != null;
  }

  public record Candidate(
      String code,
      String name,
      MediatorKind kind,
      List<String> specialties,
      long openAssignments,
      int capacity,
      Instant lastAssignedAt,
      boolean chosen,
      String why) {}
}
