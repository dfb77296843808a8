package org.jiefen.slamonitor.domain;

import com.tyme.lunar.LunarDay;
import com.tyme.solar.SolarDay;
import com.tyme.solar.SolarTerm;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays fixed by statute, 全国年节及纪念日放假办法 as revised in 2024 (in force 2025-01-01): 元旦
 * Jan 1; 春节 the lunar New Year's Eve and lunar 1st–3rd of the first month; 清明节 the Qingming
 * solar-term day; 劳动节 May 1–2; 端午节 lunar 5/5; 中秋节 lunar 8/15; 国庆节 Oct 1–3. 13 days, or 12 when 中秋
 * falls on Oct 1–3.
 *
 * <p>Lunar dates and the solar term come from tyme4j (Beijing time, ADR 0015). The State Council's
 * notice of a year adds bridge days and 调休 make-up working days; this class knows none of them.
 * Years before 2025 fell under earlier versions of the law, which this class does not model: it
 * answers no statutory days for them.
 */
public final class StatutoryHolidays {

  /** The first year the 2024 revision governs. */
  public static final int FIRST_YEAR = 2025;

  /** A pure function of the year, so computed once per year and shared. */
  private static final Map<Integer, SortedSet<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

  private StatutoryHolidays() {}

  /** The statutory holidays of that Gregorian year, in date order. */
  public static SortedSet<LocalDate> of(int year) {
    return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
  }

  public static boolean contains(LocalDate day) {
    return of(day.getYear()).contains(day);
  }

  private static SortedSet<LocalDate> compute(int year) {
    SortedSet<LocalDate> days = new TreeSet<>();
    if (year < FIRST_YEAR) {
      return Collections.unmodifiableSortedSet(days);
    }
    days.add(LocalDate.of(year, 1, 1));
    // The lunar year that starts in this Gregorian year (its 1/1 falls between Jan 21 and Feb 20).
    LunarDay newYear = LunarDay.fromYmd(year, 1, 1);
    // New Year's Eve is the day before 1/1: the 29th or the 30th of the 12th month.
    days.add(date(newYear.next(-1).getSolarDay()));
    for (int i = 0; i < 3; i++) {
      days.add(date(newYear.next(i).getSolarDay()));
    }
    days.add(date(SolarTerm.fromName(year, "清明").getSolarDay()));
    days.add(LocalDate.of(year, 5, 1));
    days.add(LocalDate.of(year, 5, 2));
    days.add(date(LunarDay.fromYmd(year, 5, 5).getSolarDay()));
    days.add(date(LunarDay.fromYmd(year, 8, 15).getSolarDay()));
    for (int day = 1; day <= 3; day++) {
      days.add(LocalDate.of(year, 10, day));
    }
    return Collections.unmodifiableSortedSet(days);
  }

  private static LocalDate date(SolarDay day) {
    return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
  }
}
