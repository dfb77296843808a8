package org.jiefen.slamonitor.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Which days are rest days, from the State Council's yearly notices. A year whose notice is not
 * loaded falls back to weekends and the statutory public holidays ({@link StatutoryHolidays}),
 * without bridge days or 调休 make-up working days, which only a notice fixes; every deadline that
 * touches such a year is provisional, to be recomputed when its notice is loaded
 * (legal-calendar.md). A loaded notice alone decides its year.
 */
public final class LegalCalendar {

  /** One year's notice: its days off and its 调休 make-up working days. */
  public record Notice(Set<LocalDate> holidays, Set<LocalDate> makeupWorkdays) {}

  private final Map<Integer, Notice> notices;

  public LegalCalendar(Map<Integer, Notice> notices) {
    this.notices = Map.copyOf(notices);
  }

  public boolean isLoaded(int year) {
    return notices.containsKey(year);
  }

  /**
   * 法定休假日: a weekend day that is not a make-up working day, or a holiday of the notice; without the
   * year's notice, a weekend day or a statutory holiday.
   */
  public boolean isRestDay(LocalDate day) {
    Notice notice = notices.get(day.getYear());
    boolean weekend =
        day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (notice == null) {
      return weekend || StatutoryHolidays.contains(day);
    }
    if (notice.makeupWorkdays().contains(day)) {
      return false;
    }
    return weekend || notice.holidays().contains(day);
  }
}
