package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.mediatorpool.domain.MediationEntry;

@ApplicationScoped
public class MediationEntryRepository implements PanacheRepository<MediationEntry> {

  public List<MediationEntry> ofDispute(String disputeId) {
    return list("disputeId = ?1 order by heldAt, id", disputeId);
  }
}
