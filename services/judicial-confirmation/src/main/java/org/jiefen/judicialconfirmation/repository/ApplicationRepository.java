package org.jiefen.judicialconfirmation.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.judicialconfirmation.domain.ApplicationStatus;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, String> {

  public Optional<Application> ofDispute(String disputeId) {
    return find("disputeId", disputeId).firstResultOptional();
  }

  /**
   * What a court sees: applications addressed to it that reached it (never the late ones that were
   * refused before), newest first, optionally of one status.
   */
  public PanacheQuery<Application> forCourt(String courtCode, ApplicationStatus status) {
    return status == null
        ? find(
            "courtCode = ?1 and status <> ?2 order by requestedAt desc, id",
            courtCode,
            ApplicationStatus.REFUSED_LATE)
        : find("courtCode = ?1 and status = ?2 order by requestedAt desc, id", courtCode, status);
  }

  /** The application, locked for a court's write, if it is addressed to that court. */
  public Optional<Application> lockForCourt(String id, String courtCode) {
    return find(
            "id = ?1 and courtCode = ?2 and status <> ?3",
            id,
            courtCode,
            ApplicationStatus.REFUSED_LATE)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  public List<Application> inScope(String orgUnit, Page page) {
    return find(
            "(centerCode = :org or centerCode like :below) order by requestedAt desc, id",
            Parameters.with("org", orgUnit).and("below", orgUnit + ".%"))
        .page(page)
        .list();
  }
}
