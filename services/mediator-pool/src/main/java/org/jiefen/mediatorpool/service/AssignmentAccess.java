package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * Who may see and conclude an assignment: staff whose org unit covers its center, and the assigned
 * mediator wherever their own org unit sits (a district expert mediates a community's dispute).
 * Everyone else gets 404, so a sibling center does not learn that the dispute exists.
 */
@ApplicationScoped
public class AssignmentAccess {

  static final String CENTER_STAFF = "center-staff";

  private final Caller caller;
  private final AssignmentRepository assignments;
  private final MediatorRepository mediators;

  AssignmentAccess(Caller caller, AssignmentRepository assignments, MediatorRepository mediators) {
    this.caller = caller;
    this.assignments = assignments;
    this.mediators = mediators;
  }

  public Assignment current(String disputeId) {
    return visible(disputeId, assignments::current);
  }

  /** The current assignment, locked for a change, if the caller may see it. */
  public Assignment currentForUpdate(String disputeId) {
    return visible(disputeId, assignments::lockCurrent);
  }

  /** 403 for a caller who may see the assignment but is neither its mediator nor center staff. */
  public void requireMayConclude(Assignment assignment) {
    if (!isAssignee(assignment) && !caller.hasRole(CENTER_STAFF)) {
      throw new ProblemException(
          403,
          "Forbidden",
          "only the assigned mediator or center staff may record the outcome",
          List.of());
    }
  }

  /**
   * 403 unless the caller is the assigned mediator or center staff in scope — staff answer for the
   * many mediators who keep no account and work on paper.
   */
  public void requireAssignee(Assignment assignment, String verb) {
    if (!isAssignee(assignment) && !caller.hasRole(CENTER_STAFF)) {
      throw new ProblemException(
          403,
          "Forbidden",
          "only the assigned mediator or center staff may " + verb + " it",
          List.of());
    }
  }

  /** 403 unless the caller is center staff (who may see the assignment: checked before). */
  public void requireStaff() {
    if (!caller.hasRole(CENTER_STAFF)) {
      throw new ProblemException(403, "Forbidden", "only center staff reassign", List.of());
    }
  }

  private Assignment visible(String disputeId, Function<String, Optional<Assignment>> lookup) {
    return lookup
        .apply(disputeId)
        .filter(a -> caller.covers(a.centerCode()) || isAssignee(a))
        .orElseThrow(() -> ProblemException.notFound("assignment of dispute " + disputeId));
  }

  private boolean isAssignee(Assignment assignment) {
    String username = caller.username();
    return username != null
        && assignment.mediatorCode() != null
        && mediators
            .findByIdOptional(assignment.mediatorCode())
            .map(Mediator::username)
            .filter(username::equals)
            .isPresent();
  }
}
