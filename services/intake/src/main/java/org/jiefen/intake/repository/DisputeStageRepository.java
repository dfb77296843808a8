package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.intake.domain.DisputeStage;

@ApplicationScoped
public class DisputeStageRepository implements PanacheRepositoryBase<DisputeStage, String> {

  public List<DisputeStage> ofDispute(String disputeId) {
    return list("disputeId", disputeId);
  }
}
