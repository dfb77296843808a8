package org.jiefen.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class StatsPeriodTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private static List<String> fieldsOf(String from, String to) {
    ProblemException e =
        assertThrows(ProblemException.class, () -> StatsPeriod.parse(from, to, TODAY));
    assertEquals(400, e.status());
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void withoutDatesItIsTheWholeCurrentMonth() {
    assertEquals(
        new StatsPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
        StatsPeriod.parse(null, null, TODAY));
    assertEquals(
        new StatsPeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)),
        StatsPeriod.parse("", " ", LocalDate.of(2028, 2, 10)));
  }

  @Test
  void oneDateMeansItsMonthFromOrUpToIt() {
    assertEquals(
        new StatsPeriod(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 31)),
        StatsPeriod.parse("2026-03-20", null, TODAY));
    assertEquals(
        new StatsPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20)),
        StatsPeriod.parse(null, "2026-03-20", TODAY));
  }

  @Test
  void bothEndsAreIncludedAndOneDayIsAPeriod() {
    StatsPeriod day = StatsPeriod.parse("2026-03-05", "2026-03-05", TODAY);
    assertEquals(1, day.days());
    assertEquals(31, StatsPeriod.parse("2026-03-01", "2026-03-31", TODAY).days());
  }

  @Test
  void daysAreBeijingDays() {
    StatsPeriod march = StatsPeriod.parse("2026-03-01", "2026-03-31", TODAY);
    assertEquals(Instant.parse("2026-02-28T16:00:00Z"), march.start(BEIJING));
    assertEquals(Instant.parse("2026-03-31T16:00:00Z"), march.end(BEIJING));
  }

  @Test
  void atMost366Days() {
    assertEquals(366, StatsPeriod.parse("2024-01-01", "2024-12-31", TODAY).days());
    assertEquals(366, StatsPeriod.parse("2026-01-01", "2027-01-01", TODAY).days());
    assertEquals(List.of("to"), fieldsOf("2026-01-01", "2027-01-02"));
  }

  @Test
  void toBeforeFromIsNamedTo() {
    assertEquals(List.of("to"), fieldsOf("2026-03-02", "2026-03-01"));
  }

  @Test
  void badDatesAreNamedFieldByField() {
    assertEquals(List.of("from"), fieldsOf("2026-13-01", "2026-03-01"));
    assertEquals(List.of("to"), fieldsOf("2026-03-01", "2026-02-30"));
    assertEquals(List.of("from", "to"), fieldsOf("yesterday", "01/03/2026"));
    assertEquals(List.of("from"), fieldsOf("2026-3-1", null));
    assertEquals(List.of("from"), fieldsOf("1999-12-31", "2000-01-01"));
    assertEquals(List.of("to"), fieldsOf(null, "2100-01-01"));
  }
}
