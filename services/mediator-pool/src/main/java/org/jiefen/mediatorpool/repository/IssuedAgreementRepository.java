package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jiefen.mediatorpool.domain.IssuedAgreement;

@ApplicationScoped
public class IssuedAgreementRepository implements PanacheRepositoryBase<IssuedAgreement, String> {

  /** The latest agreement issued for the dispute (a dispute settles at most once per turn). */
  public Optional<IssuedAgreement> latestOf(String disputeId) {
    return find("disputeId = ?1 order by createdAt desc", disputeId).firstResultOptional();
  }
}
