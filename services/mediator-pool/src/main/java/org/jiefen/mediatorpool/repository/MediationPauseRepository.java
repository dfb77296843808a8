package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jiefen.mediatorpool.domain.MediationPause;

@ApplicationScoped
public class MediationPauseRepository implements PanacheRepository<MediationPause> {

  public Optional<MediationPause> openOf(Long assignmentId) {
    return find("assignmentId = ?1 and resumedAt is null", assignmentId).firstResultOptional();
  }
}
