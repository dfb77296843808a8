package org.jiefen.routing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.jiefen.routing.domain.RoutingDecision;

@ApplicationScoped
public class RoutingDecisionRepository implements PanacheRepository<RoutingDecision> {

  public List<RoutingDecision> forDispute(String disputeId) {
    return list("disputeId = ?1 order by id", disputeId);
  }

  public Optional<RoutingDecision> latest(String disputeId) {
    return find("disputeId = ?1 order by id desc", disputeId).firstResultOptional();
  }

  /**
   * The latest decision, locked: a transfer and an auto-escalation of the same dispute read the
   * holding center one after the other, so the second sees the first's move and cannot move the
   * dispute away from a center that no longer holds it.
   */
  public Optional<RoutingDecision> lockLatest(String disputeId) {
    return find("disputeId = ?1 order by id desc", disputeId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }
}
