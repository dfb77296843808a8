package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jiefen.intake.domain.OrgUnitReplica;

@ApplicationScoped
public class OrgUnitReplicaRepository implements PanacheRepositoryBase<OrgUnitReplica, String> {

  public long communities() {
    return count("level", OrgUnitReplica.COMMUNITY);
  }
}
