package org.jiefen.routing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
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
}
