package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.mediatorpool.domain.DisputeParty;

@ApplicationScoped
public class DisputePartyRepository
    implements PanacheRepositoryBase<DisputeParty, DisputeParty.Key> {

  public List<DisputeParty> ofDispute(String disputeId) {
    return list("key.disputeId = ?1 order by key.position", disputeId);
  }

  /** Replaces what is known of the dispute's parties (each routing carries the whole list). */
  public void replace(String disputeId, List<DisputeParty> parties) {
    if (parties.isEmpty()) {
      return;
    }
    delete("key.disputeId", disputeId);
    getEntityManager().flush();
    persist(parties);
  }
}
