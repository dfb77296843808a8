package org.jiefen.slamonitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The statutory holidays (全国年节及纪念日放假办法, 2024 revision) computed from the lunar calendar, checked
 * against the real notices of 2025 and 2026 (seeds/calendar) and against dates verified
 * independently (ADR 0015: new moons and the Qingming instant computed with Meeus' algorithms).
 */
class StatutoryHolidaysTest {

  private static Set<LocalDate> dates(String... days) {
    return Stream.of(days).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<LocalDate> noticeDaysOff(int year) throws IOException {
    JsonNode notice =
        new ObjectMapper().readTree(Path.of("../../seeds/calendar/" + year + ".json").toFile());
    Set<LocalDate> off = new TreeSet<>();
    notice.get("holidays").forEach(d -> off.add(LocalDate.parse(d.asText())));
    return off;
  }

  @Test
  void theThirteenDaysOf2025FallInsideThatYearsNotice() throws IOException {
    Set<LocalDate> statutory = StatutoryHolidays.of(2025);
    assertEquals(
        dates(
            "2025-01-01", // 元旦
            "2025-01-28", // 除夕 (腊月廿九: the 12th month of 甲辰 has 29 days)
            "2025-01-29", // 初一
            "2025-01-30", // 初二
            "2025-01-31", // 初三
            "2025-04-04", // 清明
            "2025-05-01", // 劳动节
            "2025-05-02",
            "2025-05-31", // 端午
            "2025-10-01", // 国庆节
            "2025-10-02",
            "2025-10-03",
            "2025-10-06"), // 中秋
        statutory);
    Set<LocalDate> off = noticeDaysOff(2025);
    assertTrue(
        off.containsAll(statutory),
        () -> "not days off in the 2025 notice: " + missing(statutory, off));
  }

  @Test
  void theThirteenDaysOf2026FallInsideThatYearsNotice() throws IOException {
    Set<LocalDate> statutory = StatutoryHolidays.of(2026);
    assertEquals(
        dates(
            "2026-01-01", // 元旦
            "2026-02-16", // 除夕 (腊月廿九: the 12th month of 乙巳 has 29 days)
            "2026-02-17", // 初一
            "2026-02-18",
            "2026-02-19",
            "2026-04-05", // 清明
            "2026-05-01",
            "2026-05-02",
            "2026-06-19", // 端午
            "2026-09-25", // 中秋
            "2026-10-01",
            "2026-10-02",
            "2026-10-03"),
        statutory);
    Set<LocalDate> off = noticeDaysOff(2026);
    assertTrue(
        off.containsAll(statutory),
        () -> "not days off in the 2026 notice: " + missing(statutory, off));
  }

  @Test
  void theThirteenDaysOf2027AsComputedBeforeItsNotice() {
    // The new moon that opens 丁未 falls at 23:56 Beijing time on Sat 6 Feb 2027, so 初一 is 6 Feb
    // and the 12th month of 丙午 (from 8 Jan) has 29 days: 除夕 is Fri 5 Feb. ICU4J 79.1 puts the
    // new moon after midnight and 初一 on 7 Feb — the reason ADR 0015 does not use it.
    assertEquals(
        dates(
            "2027-01-01", // 元旦 (Fri)
            "2027-02-05", // 除夕 (Fri)
            "2027-02-06", // 初一 (Sat)
            "2027-02-07", // 初二 (Sun)
            "2027-02-08", // 初三 (Mon)
            "2027-04-05", // 清明 (Mon; the sun reaches 15° at 08:16 Beijing time)
            "2027-05-01",
            "2027-05-02",
            "2027-06-09", // 端午 (Wed)
            "2027-09-15", // 中秋 (Wed)
            "2027-10-01",
            "2027-10-02",
            "2027-10-03"),
        StatutoryHolidays.of(2027));
  }

  @Test
  void newYearsEveIsTheThirtiethWhenTheTwelfthMonthHasThirtyDays() {
    // 2030: the 12th month of 己酉 runs from 4 Jan to 2 Feb (30 days); the next new moon is at 00:07
    // Beijing time on 3 Feb, so 初一 is 3 Feb and 除夕 (腊月三十) 2 Feb. ICU4J 79.1 says 初一 is 2 Feb.
    Set<LocalDate> days = StatutoryHolidays.of(2030);
    assertTrue(days.containsAll(dates("2030-02-02", "2030-02-03", "2030-02-04", "2030-02-05")));
    assertFalse(days.contains(LocalDate.parse("2030-02-01")));
    assertFalse(days.contains(LocalDate.parse("2030-02-06")));
  }

  @Test
  void midAutumnOnNationalDayMakesTwelveDistinctDays() {
    // 2028: 中秋 (lunar 8/15) is 3 Oct, one of the 国庆 days; the rest-day set has 12 dates.
    assertTrue(StatutoryHolidays.contains(LocalDate.parse("2028-10-03")));
    assertEquals(12, StatutoryHolidays.of(2028).size());
  }

  @Test
  void yearsBeforeTheRevisionComeIntoForceHaveNone() {
    assertEquals(Set.of(), StatutoryHolidays.of(2024));
  }

  private static Set<LocalDate> missing(Set<LocalDate> statutory, Set<LocalDate> off) {
    Set<LocalDate> missing = new TreeSet<>(statutory);
    missing.removeAll(off);
    return missing;
  }
}
