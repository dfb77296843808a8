package org.jiefen.judicialconfirmation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jiefen.judicialconfirmation.domain.Application;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, String> {

  public Optional<Application> ofDispute(String disputeId) {
    return find("disputeId", disputeId).firstResultOptional();
  }

  public List<Application> addressedTo(String courtCode, Page page) {
    return find("courtCode = ?1 order by requestedAt desc, id", courtCode).page(page).list();
  }

  public List<Application> inScope(String orgUnit, Page page) {
    return find(
            "(centerCode = :org or centerCode like :below) order by requestedAt desc, id",
            Parameters.with("org", orgUnit).and("below", orgUnit + ".%"))
        .page(page)
        .list();
  }
}
