package org.jiefen.slamonitor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jiefen.slamonitor.domain.DisputeHolder;

@ApplicationScoped
public class DisputeHolderRepository implements PanacheRepositoryBase<DisputeHolder, String> {

  /** Notes a dispute.routed.v1; a dispute's routings come in order on one partition. */
  public void routed(String disputeId, String centerCode, Instant occurredAt) {
    findByIdOptional(disputeId)
        .ifPresentOrElse(
            h -> h.routed(centerCode, occurredAt),
            () -> persist(new DisputeHolder(disputeId, centerCode, occurredAt)));
  }
}
