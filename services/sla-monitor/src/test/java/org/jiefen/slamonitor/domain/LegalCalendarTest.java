package org.jiefen.slamonitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A year without its notice (2027 here: only 2026's is loaded) rests on weekends and the statutory
 * holidays, and deadlines that touch it are provisional; once its notice is loaded, the notice
 * alone decides.
 */
class LegalCalendarTest {

  private final LegalCalendar calendar =
      new LegalCalendar(Map.of(2026, DeadlineCalculatorTest.notice2026()));
  private final DeadlineCalculator calc = new DeadlineCalculator(calendar);

  private static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  @Test
  void withoutItsNoticeAYearRestsOnItsStatutoryHolidaysAndWeekends() {
    assertFalse(calendar.isLoaded(2027));
    for (LocalDate holiday : StatutoryHolidays.of(2027)) {
      assertTrue(calendar.isRestDay(holiday), holiday::toString);
    }
    assertTrue(calendar.isRestDay(d("2027-01-01"))); // 元旦, a Friday
    assertTrue(calendar.isRestDay(d("2027-02-05"))); // 除夕, a Friday
    assertTrue(calendar.isRestDay(d("2027-01-09"))); // an ordinary Saturday
    assertFalse(calendar.isRestDay(d("2027-01-04"))); // an ordinary Monday
    // 初四 (Tue 9 Feb) is no statutory day: no bridge days are guessed before the notice.
    assertFalse(calendar.isRestDay(d("2027-02-09")));
  }

  @Test
  void threeWorkingDaysFromThursday4February2027SkipSpringFestivalAndAreProvisional() {
    // Not counted: Fri 5 Feb 除夕, Sat 6 初一, Sun 7 初二, Mon 8 初三 (初一 and 初二 fall on the weekend
    // and the statute moves nothing). Counted: Tue 9 (1), Wed 10 (2), Thu 11 (3).
    DueDate due = calc.due(d("2027-02-04"), 3, ClockUnit.WORKING_DAYS);
    assertEquals(d("2027-02-11"), due.date());
    assertTrue(due.provisional());
  }

  @Test
  void aCalendarPeriodEndingOnTheDragonBoatFestivalOf2027MovesToTheNextDay() {
    // day 15 from Tue 25 May 2027 is Wed 9 Jun, 端午 → Thu 10 Jun.
    DueDate due = calc.due(d("2027-05-25"), 15, ClockUnit.CALENDAR_DAYS);
    assertEquals(d("2027-06-10"), due.date());
    assertTrue(due.provisional());
  }

  @Test
  void aMakeUpDayOfTheNoticeCanBringAProvisionalDeadlineEarlier() {
    // 2026 with and without its notice: 1 working day from Fri 13 Feb. Without it, the weekend and
    // 除夕..初三 (Feb 16–19) are rest days → Fri 20 Feb; the notice makes Sat 14 Feb a working day.
    LegalCalendar statutoryOnly = new LegalCalendar(Map.of());
    assertEquals(
        d("2026-02-20"),
        new DeadlineCalculator(statutoryOnly)
            .due(d("2026-02-13"), 1, ClockUnit.WORKING_DAYS)
            .date());
    assertEquals(d("2026-02-14"), calc.due(d("2026-02-13"), 1, ClockUnit.WORKING_DAYS).date());
  }

  @Test
  void once2027sNoticeIsLoadedItDecidesAndNothingIsProvisional() {
    // An invented notice, only for the test: 元旦 Jan 1, 春节 Feb 5–13, make-up working Sat 20 Feb.
    Set<LocalDate> off = new TreeSet<>(Set.of(d("2027-01-01")));
    for (LocalDate day = d("2027-02-05"); !day.isAfter(d("2027-02-13")); day = day.plusDays(1)) {
      off.add(day);
    }
    Map<Integer, LegalCalendar.Notice> notices = new HashMap<>();
    notices.put(2026, DeadlineCalculatorTest.notice2026());
    notices.put(2027, new LegalCalendar.Notice(off, Set.of(d("2027-02-20"))));
    LegalCalendar loaded = new LegalCalendar(notices);

    assertTrue(loaded.isRestDay(d("2027-02-09"))); // a bridge day of the notice
    assertFalse(loaded.isRestDay(d("2027-02-20"))); // its make-up Saturday
    DueDate due = new DeadlineCalculator(loaded).due(d("2027-02-04"), 3, ClockUnit.WORKING_DAYS);
    // Feb 5–13 off, Sun 14 a weekend: Mon 15 (1), Tue 16 (2), Wed 17 (3).
    assertEquals(d("2027-02-17"), due.date());
    assertFalse(due.provisional());
  }

  @Test
  void aLoadedNoticeIsNotToppedUpWithStatutoryDays() {
    // The fallback applies only to a year without its notice: what the notice says is final, even
    // a (hypothetical) notice that lists no day off.
    LegalCalendar loaded =
        new LegalCalendar(Map.of(2027, new LegalCalendar.Notice(Set.of(), Set.of())));
    assertFalse(loaded.isRestDay(d("2027-01-01")));
    assertFalse(loaded.isRestDay(d("2027-02-05")));
  }
}
