package org.jiefen.routing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.routing.domain.OrgUnit;

@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnit, String> {

  public List<OrgUnit> allOrdered() {
    return list("order by code");
  }
}
