package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.intake.domain.Party;

@ApplicationScoped
public class PartyRepository implements PanacheRepository<Party> {

  public List<Party> ofDispute(String disputeId) {
    return list("disputeId = ?1 order by position", disputeId);
  }
}
