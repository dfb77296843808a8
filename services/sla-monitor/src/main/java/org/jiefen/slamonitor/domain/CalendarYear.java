package org.jiefen.slamonitor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** One year's State Council holiday notice, stored as it was published. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

  @Id int year;

  @Column(nullable = false)
  String notice;

  @Column(nullable = false)
  String holidays;

  @Column(name = "makeup_workdays", nullable = false)
  String makeupWorkdays;

  protected CalendarYear() {}

  public CalendarYear(
      int year, String notice, Collection<LocalDate> holidays, Collection<LocalDate> makeup) {
    this.year = year;
    this.notice = notice;
    this.holidays = join(holidays);
    this.makeupWorkdays = join(makeup);
  }

  public void updateFrom(CalendarYear other) {
    notice = other.notice;
    holidays = other.holidays;
    makeupWorkdays = other.makeupWorkdays;
  }

  public int year() {
    return year;
  }

  public String notice() {
    return notice;
  }

  public Set<LocalDate> holidays() {
    return split(holidays);
  }

  public Set<LocalDate> makeupWorkdays() {
    return split(makeupWorkdays);
  }

  public LegalCalendar.Notice toNotice() {
    return new LegalCalendar.Notice(holidays(), makeupWorkdays());
  }

  private static String join(Collection<LocalDate> days) {
    return new TreeSet<>(days).stream().map(LocalDate::toString).collect(Collectors.joining(","));
  }

  private static Set<LocalDate> split(String days) {
    return days.isEmpty()
        ? Set.of()
        : Arrays.stream(days.split(","))
            .map(LocalDate::parse)
            .collect(Collectors.toCollection(TreeSet::new));
  }
}
