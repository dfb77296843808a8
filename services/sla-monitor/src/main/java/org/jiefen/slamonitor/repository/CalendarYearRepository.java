package org.jiefen.slamonitor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.jiefen.slamonitor.domain.CalendarYear;
import org.jiefen.slamonitor.domain.LegalCalendar;

@ApplicationScoped
public class CalendarYearRepository implements PanacheRepositoryBase<CalendarYear, Integer> {

  /**
   * Every loaded notice; a handful of rows, read per computation so a new notice applies at once.
   */
  public LegalCalendar calendar() {
    return new LegalCalendar(
        listAll().stream().collect(Collectors.toMap(CalendarYear::year, CalendarYear::toNotice)));
  }
}
