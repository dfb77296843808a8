package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.DisputeStatus;

@ApplicationScoped
public class DisputeRepository implements PanacheRepositoryBase<Dispute, String> {

  /** Disputes held by {@code scope} or a center below it, optionally filtered. */
  public PanacheQuery<Dispute> inScope(
      String scope, String centerCode, DisputeStatus status, Boolean overdue, Instant now) {
    StringBuilder q = new StringBuilder("(centerCode = :scope or centerCode like :below)");
    Parameters params = Parameters.with("scope", scope).and("below", scope + ".%");
    if (centerCode != null) {
      q.append(" and (centerCode = :center or centerCode like :centerBelow)");
      params.and("center", centerCode).and("centerBelow", centerCode + ".%");
    }
    if (status != null) {
      q.append(" and status = :status");
      params.and("status", status);
    }
    if (overdue != null) {
      q.append(overdue ? " and" : " and not")
          .append(
              " exists (select 1 from DeadlineView v where v.disputeId = id"
                  + " and v.state <> 'CLOSED' and (v.state = 'OVERDUE' or v.dueAt < :now))");
      params.and("now", now);
    }
    return find(q.toString(), Sort.descending("createdAt").and("id"), params);
  }
}
