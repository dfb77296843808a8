package org.jiefen.slamonitor.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.slamonitor.domain.CalendarYear;
import org.jiefen.slamonitor.domain.ClockUnit;
import org.jiefen.slamonitor.domain.SlaPolicy;
import org.jiefen.slamonitor.repository.CalendarYearRepository;
import org.jiefen.slamonitor.repository.SlaPolicyRepository;
import org.jiefen.slamonitor.rest.dto.CalendarDto;
import org.jiefen.slamonitor.rest.dto.PolicyDto;

/**
 * Loads and edits policies and holiday notices: validated whole, stored whole, repeatable. A
 * changed policy gets a new version (kept in sla_policy_version with who and when); running clocks
 * keep the version they started with. A newly loaded notice then recomputes the provisional
 * deadlines ({@link ProvisionalRecompute}), after it is committed.
 */
@ApplicationScoped
public class SlaAdminService {

  private final SlaPolicyRepository policies;
  private final CalendarYearRepository calendars;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final EntityManager em;

  SlaAdminService(
      SlaPolicyRepository policies,
      CalendarYearRepository calendars,
      Caller caller,
      ObjectMapper mapper,
      EntityManager em) {
    this.policies = policies;
    this.calendars = calendars;
    this.caller = caller;
    this.mapper = mapper;
    this.em = em;
  }

  /** Returns how many policies were created or changed. */
  @Transactional
  public int upsertPolicies(List<PolicyDto> dtos) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < dtos.size(); i++) {
      check(dtos.get(i), "[" + i + "].", errors);
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    int changed = 0;
    for (PolicyDto p : dtos) {
      if (put(p)) {
        changed++;
      }
    }
    return changed;
  }

  /** One policy by its clock code; the body's clock must be the path's. */
  @Transactional
  public SlaPolicy upsertPolicy(String code, PolicyDto dto) {
    List<FieldError> errors = new ArrayList<>();
    if (!code.equals(dto.clock())) {
      errors.add(new FieldError("clock", "must equal the code in the path"));
    }
    check(dto, "", errors);
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    put(dto);
    return policies.findById(code);
  }

  private boolean put(PolicyDto p) {
    SlaPolicy wanted = p.toPolicy();
    SlaPolicy existing = policies.findById(p.clock());
    Instant now = Instant.now();
    if (existing == null) {
      wanted.stamp(caller.username(), now);
      policies.persist(wanted);
      history(wanted, now);
      return true;
    }
    if (existing.redefine(wanted, caller.username(), now)) {
      history(existing, now);
      return true;
    }
    return false;
  }

  private void history(SlaPolicy p, Instant at) {
    em.createNativeQuery(
            "insert into sla_policy_version (clock, version, definition, changed_by, changed_at)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, p.clock())
        .setParameter(2, p.version())
        .setParameter(3, json(PolicyViews.of(p, mapper)))
        .setParameter(4, caller.username())
        .setParameter(5, at)
        .executeUpdate();
  }

  private static void check(PolicyDto p, String prefix, List<FieldError> errors) {
    if (p.condition() != null && !p.condition().isNull() && !p.condition().isObject()) {
      errors.add(new FieldError(prefix + "condition", "must be an object of JSON pointer → value"));
    }
    if (p.pauseCondition() != null
        && !p.pauseCondition().isNull()
        && !p.pauseCondition().isObject()) {
      errors.add(
          new FieldError(prefix + "pauseCondition", "must be an object of JSON pointer → value"));
    }
    if (p.unit() == ClockUnit.MONTHS && p.length() > 120) {
      errors.add(new FieldError(prefix + "length", "at most 120 months"));
    }
    boolean pauses = p.pauseEvents() != null && !p.pauseEvents().isEmpty();
    boolean resumes = p.resumeEvents() != null && !p.resumeEvents().isEmpty();
    if (pauses != resumes) {
      errors.add(
          new FieldError(
              prefix + "resumeEvents", "a clock that pauses must also say what resumes it"));
    }
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

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise", e);
    }
  }
}
