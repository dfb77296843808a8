package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.intake.domain.DisputeLink;

@ApplicationScoped
public class DisputeLinkRepository implements PanacheRepositoryBase<DisputeLink, String> {

  /** Links in which the dispute takes part, on either side. */
  public List<DisputeLink> involving(String disputeId) {
    return list("duplicateId = ?1 or primaryId = ?1 order by linkedAt", disputeId);
  }
}
