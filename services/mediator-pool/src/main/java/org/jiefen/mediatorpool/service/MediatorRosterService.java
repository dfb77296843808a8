package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.MediatorLoad;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.platform.security.OrgScope;

/**
 * The roster's use cases: bulk load (all-or-nothing, repeatable), add, edit, retire, and listing
 * within the caller's scope with each mediator's workload. Writers fill only centers inside their
 * own org unit; a mediator outside it answers 404.
 */
@ApplicationScoped
public class MediatorRosterService {

  private final MediatorRepository repository;
  private final AssignmentRepository assignments;
  private final RosterChecks checks;
  private final ZoneId zone;

  MediatorRosterService(
      MediatorRepository repository,
      AssignmentRepository assignments,
      RosterChecks checks,
      @ConfigProperty(name = "jiefen.mediation.zone") ZoneId zone) {
    this.repository = repository;
    this.assignments = assignments;
    this.checks = checks;
    this.zone = zone;
  }

  public LocalDate today() {
    return LocalDate.now(zone);
  }

  @Transactional
  public int upsertAll(List<Mediator> entries, Caller caller) {
    Map<String, Mediator> existing =
        repository.lockByCode(entries.stream().map(Mediator::code).toList());
    Map<Integer, List<Problem.FieldError>> errors =
        checks.check(entries, existing, caller.orgUnit());
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(RosterChecks.indexed(errors));
    }
    apply(entries, existing, caller.username());
    return entries.size();
  }

  /**
   * Stores checked entries: updates the stored mediators, persists the new ones; an entry marked
   * inactive retires its mediator with {@link Mediator#INACTIVE_IN_ROSTER}.
   *
   * @param existing the stored mediators of the entries' codes, locked
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(List<Mediator> entries, Map<String, Mediator> existing, String by) {
    Instant now = Instant.now();
    for (Mediator entry : entries) {
      Mediator stored = existing.get(entry.code());
      if (stored != null) {
        stored.updateFrom(entry, Mediator.INACTIVE_IN_ROSTER, by, now);
      } else {
        persistNew(entry, by, now);
      }
    }
  }

  /**
   * @throws ProblemException 409 naming {@code code} when the code is taken, 400 for bad references
   */
  @Transactional
  public RosterEntry create(Mediator entry, Caller caller) {
    if (repository.findByIdOptional(entry.code()).isPresent()) {
      String message = "mediator " + entry.code() + " exists; change it with PUT";
      throw new ProblemException(
          409, "Conflict", "code: " + message, List.of(new Problem.FieldError("code", message)));
    }
    requireValid(entry, Map.of(), caller);
    persistNew(entry, caller.username(), Instant.now());
    return entryOf(entry);
  }

  /**
   * Replaces the editable fields. {@code active = false} is refused: retiring records a reason.
   *
   * @param active null keeps the mediator's state, true reinstates a retired one
   */
  @Transactional
  public RosterEntry edit(String code, Boolean active, EntryFactory entry, Caller caller) {
    Mediator stored = lockInScope(code, caller);
    if (Boolean.FALSE.equals(active) && stored.active()) {
      throw ProblemException.invalidField(
          "active", "retire through POST /api/v1/mediators/" + code + "/retire with a reason");
    }
    Mediator updated = entry.of(code, stored.active());
    requireValid(updated, Map.of(code, stored), caller);
    stored.updateFrom(updated, Mediator.INACTIVE_IN_ROSTER, caller.username(), Instant.now());
    return entryOf(stored);
  }

  /** Retiring a retired mediator changes nothing and answers its first retirement. */
  @Transactional
  public RosterEntry retire(String code, String reason, Caller caller) {
    Mediator stored = lockInScope(code, caller);
    stored.retire(reason, caller.username(), Instant.now());
    return entryOf(stored);
  }

  @Transactional
  public RosterEntry get(String code, Caller caller) {
    return entryOf(inScope(code, caller));
  }

  /**
   * The mediators of the centers the caller's org unit covers that the filter accepts, with their
   * workloads. Scope is checked again in Java because the SQL prefix match treats '_' as a
   * wildcard.
   */
  @Transactional
  public List<RosterEntry> visibleTo(String orgUnit, RosterFilter filter) {
    if (orgUnit == null || orgUnit.isBlank()) {
      return List.of();
    }
    List<Mediator> visible =
        repository.inSubtree(orgUnit).stream()
            .filter(m -> OrgScope.covers(orgUnit, m.centerCode()))
            .filter(filter::accepts)
            .toList();
    Map<String, MediatorLoad> loads =
        assignments.loadsOf(visible.stream().map(Mediator::code).toList());
    return visible.stream()
        .map(m -> withLeaves(m, loads.getOrDefault(m.code(), MediatorLoad.none(m.code()))))
        .toList();
  }

  /** The stored mediator, locked, or 404 when it does not exist or lies outside the scope. */
  public Mediator lockInScope(String code, Caller caller) {
    Mediator m = repository.findById(code, LockModeType.PESSIMISTIC_WRITE);
    return requireInScope(m, code, caller);
  }

  private Mediator inScope(String code, Caller caller) {
    return requireInScope(repository.findById(code), code, caller);
  }

  private static Mediator requireInScope(Mediator m, String code, Caller caller) {
    if (m == null || !caller.covers(m.centerCode())) {
      throw ProblemException.notFound("mediator " + code);
    }
    return m;
  }

  private void requireValid(Mediator entry, Map<String, Mediator> existing, Caller caller) {
    List<Problem.FieldError> errors =
        checks.check(List.of(entry), existing, caller.orgUnit()).get(0);
    if (errors != null) {
      throw ProblemException.invalidFields(errors);
    }
  }

  private void persistNew(Mediator entry, String by, Instant at) {
    if (!entry.active()) {
      entry.retire(Mediator.INACTIVE_IN_ROSTER, by, at);
    }
    repository.persist(entry);
  }

  private RosterEntry entryOf(Mediator m) {
    MediatorLoad load =
        assignments.loadsOf(List.of(m.code())).getOrDefault(m.code(), MediatorLoad.none(m.code()));
    return withLeaves(m, load);
  }

  /** Loads the leaves inside the transaction (in batches), so the entry reads them after it. */
  private static RosterEntry withLeaves(Mediator m, MediatorLoad load) {
    m.leaves().size();
    return new RosterEntry(m, load);
  }

  /** Builds the edited entry once the stored mediator (and its active state) is known. */
  @FunctionalInterface
  public interface EntryFactory {
    Mediator of(String code, boolean currentlyActive);
  }
}
