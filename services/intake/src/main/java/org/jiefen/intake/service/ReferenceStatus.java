package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jiefen.intake.repository.CategoryRepository;
import org.jiefen.intake.repository.OrgUnitReplicaRepository;

@ApplicationScoped
public class ReferenceStatus {

  public record Counts(
      long orgUnits, long communities, Instant orgTreeChangedAt, long categories) {}

  private final OrgUnitReplicaRepository units;
  private final CategoryRepository categories;

  ReferenceStatus(OrgUnitReplicaRepository units, CategoryRepository categories) {
    this.units = units;
    this.categories = categories;
  }

  @Transactional
  public Counts counts() {
    Instant latest =
        units
            .getEntityManager()
            .createQuery("select max(u.changedAt) from OrgUnitReplica u", Instant.class)
            .getSingleResult();
    return new Counts(units.count(), units.communities(), latest, categories.count());
  }
}
