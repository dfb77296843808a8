package org.jiefen.intake.rest.dto;

import java.util.List;

public record DisputePage(List<DisputeSummary> items, int page, int size, long total) {

  public record DisputeSummary(
      String id,
      String status,
      String category,
      String centerCode,
      String summary,
      java.time.Instant createdAt) {}
}
