package org.jiefen.slamonitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The golden cases of shared/docs/legal-calendar.md, on the 2026 notice built from its table. */
class DeadlineCalculatorTest {

  static LegalCalendar.Notice notice2026() {
    Set<LocalDate> off = new HashSet<>();
    span(off, "2026-01-01", "2026-01-03");
    span(off, "2026-02-15", "2026-02-23");
    span(off, "2026-04-04", "2026-04-06");
    span(off, "2026-05-01", "2026-05-05");
    span(off, "2026-06-19", "2026-06-21");
    span(off, "2026-09-25", "2026-09-27");
    span(off, "2026-10-01", "2026-10-07");
    Set<LocalDate> makeup =
        Set.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
            .stream()
            .map(LocalDate::parse)
            .collect(java.util.stream.Collectors.toSet());
    return new LegalCalendar.Notice(off, makeup);
  }

  private static void span(Set<LocalDate> days, String from, String to) {
    for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
      days.add(d);
    }
  }

  private final DeadlineCalculator calc =
      new DeadlineCalculator(new LegalCalendar(Map.of(2026, notice2026())));

  private LocalDate due(String start, int length, ClockUnit unit) {
    return calc.due(LocalDate.parse(start), length, unit).date();
  }

  @Test
  void fifteenDaysFromMonday28SeptemberEndOnTuesday13October() {
    assertEquals(LocalDate.parse("2026-10-13"), due("2026-09-28", 15, ClockUnit.CALENDAR_DAYS));
  }

  @Test
  void fifteenDaysEndingInTheNationalDayHolidayMoveToThursday8October() {
    assertEquals(LocalDate.parse("2026-10-08"), due("2026-09-21", 15, ClockUnit.CALENDAR_DAYS));
  }

  @Test
  void threeWorkingDaysFrom30SeptemberCountTheSaturdayMakeUpDay() {
    assertEquals(LocalDate.parse("2026-10-10"), due("2026-09-30", 3, ClockUnit.WORKING_DAYS));
  }

  @Test
  void aPeriodIntoAYearWithoutItsNoticeIsProvisional() {
    DueDate due = calc.due(LocalDate.parse("2026-12-20"), 30, ClockUnit.CALENDAR_DAYS);
    assertEquals(LocalDate.parse("2027-01-19"), due.date());
    assertTrue(due.provisional());
    assertFalse(calc.due(LocalDate.parse("2026-09-28"), 15, ClockUnit.CALENDAR_DAYS).provisional());
  }

  @Test
  void aLastDayOnAMakeUpSaturdayIsAWorkingDayAndStays() {
    // 2026-10-10 is a Saturday declared a working day: a calendar period ending there ends there.
    assertEquals(LocalDate.parse("2026-10-10"), due("2026-10-03", 7, ClockUnit.CALENDAR_DAYS));
  }

  @Test
  void anOrdinaryWeekendLastDayMovesToMonday() {
    assertEquals(LocalDate.parse("2026-11-30"), due("2026-11-21", 7, ClockUnit.CALENDAR_DAYS));
  }

  @Test
  void oneWorkingDayFromAFridayIsTheNextMonday() {
    assertEquals(LocalDate.parse("2026-11-23"), due("2026-11-20", 1, ClockUnit.WORKING_DAYS));
  }

  @Test
  void monthsKeepTheDayOfMonthClampedToTheMonthEnd() {
    assertEquals(LocalDate.parse("2026-02-28"), due("2026-01-31", 1, ClockUnit.MONTHS));
    assertEquals(LocalDate.parse("2026-12-21"), due("2026-11-20", 1, ClockUnit.MONTHS));
  }

  @Test
  void aMakeUpSundayCountsAsAWorkingDay() {
    // 1-3 Jan 2026 are 元旦 days off; Sun 4 Jan is the make-up working day.
    DueDate due = calc.due(LocalDate.parse("2026-01-01"), 1, ClockUnit.WORKING_DAYS);
    assertEquals(LocalDate.parse("2026-01-04"), due.date());
    assertFalse(due.provisional());
  }

  @Test
  void aHolidayLastDayOfACalendarPeriodSkipsTheWholeHoliday() {
    // day 3 from 12 Feb is 15 Feb, the first day of 春节; the holiday runs to 23 Feb (Mon).
    assertEquals(LocalDate.parse("2026-02-24"), due("2026-02-12", 3, ClockUnit.CALENDAR_DAYS));
  }

  @Test
  void workingDaysIntoAYearWithoutItsNoticeSkipItsStatutoryHolidaysAndAreProvisional() {
    // 2027's notice is not loaded: Thu 31 Dec counts (1); Fri 1 Jan 2027 is 元旦 by statute and the
    // weekend follows; Mon 4 Jan (2), Tue 5 Jan (3).
    DueDate due = calc.due(LocalDate.parse("2026-12-30"), 3, ClockUnit.WORKING_DAYS);
    assertEquals(LocalDate.parse("2027-01-05"), due.date());
    assertTrue(due.provisional());
  }
}
