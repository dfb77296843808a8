package org.jiefen.slamonitor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.slamonitor.domain.CalendarYear;
import org.jiefen.slamonitor.domain.ClockUnit;
import org.jiefen.slamonitor.domain.SlaPolicy;
import org.jiefen.slamonitor.repository.CalendarYearRepository;
import org.jiefen.slamonitor.repository.SlaPolicyRepository;
import org.jiefen.slamonitor.rest.dto.CalendarDto;
import org.jiefen.slamonitor.rest.dto.PolicyDto;

/** Loads policies and holiday notices: validated whole, stored whole, repeatable. */
@ApplicationScoped
public class SlaAdminService {

  private final SlaPolicyRepository policies;
  private final CalendarYearRepository calendars;

  SlaAdminService(SlaPolicyRepository policies, CalendarYearRepository calendars) {
    this.policies = policies;
    this.calendars = calendars;
  }

  @Transactional
  public int upsertPolicies(List<PolicyDto> dtos) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < dtos.size(); i++) {
      PolicyDto p = dtos.get(i);
      if (p.condition() != null && !p.condition().isNull() && !p.condition().isObject()) {
        errors.add(
            new FieldError("[" + i + "].condition", "must be an object of JSON pointer → value"));
      }
      if (p.unit() == ClockUnit.MONTHS && p.length() > 120) {
        errors.add(new FieldError("[" + i + "].length", "at most 120 months"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    for (PolicyDto p : dtos) {
      SlaPolicy policy =
          new SlaPolicy(
                  p.clock(),
                  p.name(),
                  p.startEvent(),
                  p.length(),
                  p.unit(),
                  p.warnAtPercent(),
                  p.consequence(),
                  p.citation(),
                  p.extension(),
                  p.condition() == null || p.condition().isNull() ? null : p.condition().toString())
              .stoppedBy(p.stopEvents() == null ? List.of() : p.stopEvents());
      policies
          .findByIdOptional(p.clock())
          .ifPresentOrElse(existing -> existing.updateFrom(policy), () -> policies.persist(policy));
    }
    return dtos.size();
  }

  @Transactional
  public void upsertCalendar(int year, CalendarDto dto) {
    List<FieldError> errors = new ArrayList<>();
    if (dto.year() != year) {
      errors.add(new FieldError("year", "must equal the year in the path"));
    }
    checkYear("holidays", dto.holidays(), year, errors);
    checkYear("makeupWorkdays", dto.makeupWorkdays(), year, errors);
    Set<LocalDate> both = new HashSet<>(dto.holidays());
    both.retainAll(dto.makeupWorkdays());
    if (!both.isEmpty()) {
      errors.add(
          new FieldError("makeupWorkdays", "a day cannot be both a holiday and a working day"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    CalendarYear notice =
        new CalendarYear(year, dto.notice(), dto.holidays(), dto.makeupWorkdays());
    calendars
        .findByIdOptional(year)
        .ifPresentOrElse(existing -> existing.updateFrom(notice), () -> calendars.persist(notice));
  }

  private static void checkYear(
      String field, List<LocalDate> days, int year, List<FieldError> errors) {
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i).getYear() != year) {
        errors.add(new FieldError(field + "[" + i + "]", "is not in " + year));
      }
    }
  }
}
