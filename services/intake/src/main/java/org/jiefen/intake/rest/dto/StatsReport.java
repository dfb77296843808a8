package org.jiefen.intake.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/stats: the figures of each center of the scope that had activity in the period, and
 * of the whole scope. Field names are stable: the portal charts them and exports them (issue 7).
 * Every figure is defined in docs/stats.md.
 */
public record StatsReport(
    String scope, Period period, Instant generatedAt, List<CenterRow> centers, Figures total) {

  /** Calendar days in {@code timezone}, both ends included. */
  public record Period(LocalDate from, LocalDate to, String timezone, long days) {}

  /** One center: its code, name and level from the org tree, and its figures. */
  public record CenterRow(String centerCode, String centerName, String level, Figures figures) {}

  /** Rates are fractions with 4 decimals, averages days with 1; null when undefined (0 / 0). */
  public record Figures(
      long received,
      long duplicates,
      Map<String, Long> receivedByCategory,
      Map<String, Long> receivedByChannel,
      long concluded,
      long settled,
      long failed,
      BigDecimal settledRate,
      long withdrawn,
      long clocksDue,
      long overdue,
      BigDecimal overdueRate,
      long warned,
      long stagesCompleted,
      BigDecimal averageStageDays) {}
}
