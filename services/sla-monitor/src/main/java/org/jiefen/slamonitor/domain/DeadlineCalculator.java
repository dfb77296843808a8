package org.jiefen.slamonitor.domain;

import java.time.LocalDate;

/**
 * 民事诉讼法 Art. 85: the day a period starts is not counted; when the last day of a period is a rest
 * day, the period ends on the first working day after it. Working-day periods count only working
 * days (weekdays that are not holidays, plus 调休 make-up days).
 */
public final class DeadlineCalculator {

  private final LegalCalendar calendar;

  public DeadlineCalculator(LegalCalendar calendar) {
    this.calendar = calendar;
  }

  public DueDate due(LocalDate start, int length, ClockUnit unit) {
    if (length < 0) {
      throw new IllegalArgumentException("a period cannot be negative");
    }
    LocalDate last =
        switch (unit) {
          case CALENDAR_DAYS -> nextWorkingDayFrom(start.plusDays(length));
          case MONTHS -> nextWorkingDayFrom(start.plusMonths(length));
          case WORKING_DAYS -> countWorkingDays(start, length);
        };
    return new DueDate(last, !everyYearLoaded(start.plusDays(1), last));
  }

  /**
   * A due date moved by whole days (paused days excluded by law, an approved extension), landing on
   * a working day (Art. 85).
   */
  public LocalDate later(LocalDate due, int days) {
    return nextWorkingDayFrom(due.plusDays(days));
  }

  /** True when the year of that day has no holiday notice loaded yet. */
  public boolean provisionalAt(LocalDate day) {
    return !calendar.isLoaded(day.getYear());
  }

  private LocalDate countWorkingDays(LocalDate start, int length) {
    LocalDate day = start;
    for (int counted = 0; counted < length; ) {
      day = day.plusDays(1);
      if (!calendar.isRestDay(day)) {
        counted++;
      }
    }
    return day;
  }

  private LocalDate nextWorkingDayFrom(LocalDate day) {
    LocalDate d = day;
    while (calendar.isRestDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private boolean everyYearLoaded(LocalDate from, LocalDate to) {
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!calendar.isLoaded(year)) {
        return false;
      }
    }
    return true;
  }
}
