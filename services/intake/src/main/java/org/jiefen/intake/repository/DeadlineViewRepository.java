package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.intake.domain.DeadlineView;

@ApplicationScoped
public class DeadlineViewRepository implements PanacheRepositoryBase<DeadlineView, String> {

  public List<DeadlineView> ofDispute(String disputeId) {
    return list("disputeId = ?1 order by dueAt", disputeId);
  }
}
