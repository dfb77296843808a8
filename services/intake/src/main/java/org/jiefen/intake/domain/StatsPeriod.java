package org.jiefen.intake.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;

/**
 * The days a statistic covers, both ends included, as calendar days in the service's zone (Beijing
 * time): from 00:00 on {@code from} to 24:00 on {@code to}. Without dates it is the current month;
 * with one date, that date's month from or up to it (docs/stats.md).
 */
public record StatsPeriod(LocalDate from, LocalDate to) {

  public static final int MAX_DAYS = 366;
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

  /** Parses the query's {@code from} and {@code to}; 400 naming each field that is wrong. */
  public static StatsPeriod parse(String from, String to, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate start = date("from", from, errors);
    LocalDate end = date("to", to, errors);
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    if (start == null && end == null) {
      start = today.withDayOfMonth(1);
    }
    if (start == null) {
      start = end.withDayOfMonth(1);
    }
    if (end == null) {
      end = start.with(TemporalAdjusters.lastDayOfMonth());
    }
    if (end.isBefore(start)) {
      throw ProblemException.invalidField("to", "must not be before from (" + start + ")");
    }
    StatsPeriod period = new StatsPeriod(start, end);
    if (period.days() > MAX_DAYS) {
      throw ProblemException.invalidField(
          "to",
          "the period may span at most " + MAX_DAYS + " days, this one spans " + period.days());
    }
    return period;
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
        errors.add(new FieldError(field, "must lie between " + EARLIEST + " and " + LATEST));
        return null;
      }
      return date;
    } catch (DateTimeException e) {
      errors.add(new FieldError(field, "must be a date like 2026-11-01 (yyyy-MM-dd)"));
      return null;
    }
  }

  /** Days covered, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The first instant of the period. */
  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period (exclusive end). */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
