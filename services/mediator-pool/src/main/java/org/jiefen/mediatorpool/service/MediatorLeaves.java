package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.jiefen.mediatorpool.domain.Leave;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.repository.LeaveRepository;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * Records and withdraws leave periods. The mediator's row is locked first, so two overlapping
 * leaves recorded at once cannot both pass the overlap check.
 */
@ApplicationScoped
public class MediatorLeaves {

  private final MediatorRosterService roster;
  private final LeaveRepository leaves;

  MediatorLeaves(MediatorRosterService roster, LeaveRepository leaves) {
    this.roster = roster;
    this.leaves = leaves;
  }

  @Transactional
  public Leave add(String code, LocalDate from, LocalDate to, String reason, Caller caller) {
    Mediator mediator = roster.lockInScope(code, caller);
    Leave leave = mediator.addLeave(from, to, reason, caller.username(), Instant.now());
    leaves.persist(leave);
    return leave;
  }

  @Transactional
  public void remove(String code, long leaveId, Caller caller) {
    Mediator mediator = roster.lockInScope(code, caller);
    if (!mediator.removeLeave(leaveId)) {
      throw ProblemException.notFound("leave " + leaveId + " of mediator " + code);
    }
  }
}
