package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.DisputeStatus;

@ApplicationScoped
public class DisputeRepository implements PanacheRepositoryBase<Dispute, String> {

  /** Disputes held by {@code scope} or a center below it, optionally filtered. */
  public PanacheQuery<Dispute> inScope(
      String scope, String centerCode, DisputeStatus status, Boolean overdue, Instant now) {
    StringBuilder q =
        new StringBuilder(
            "from Dispute d where (d.centerCode = :scope or d.centerCode like :below)");
    Parameters params = Parameters.with("scope", scope).and("below", scope + ".%");
    if (centerCode != null) {
      q.append(" and (d.centerCode = :center or d.centerCode like :centerBelow)");
      params.and("center", centerCode).and("centerBelow", centerCode + ".%");
    }
    if (status != null) {
      q.append(" and d.status = :status");
      params.and("status", status);
    }
    if (overdue != null) {
      q.append(overdue ? " and" : " and not")
          .append(
              " exists (select 1 from DeadlineView v where v.disputeId = d.id"
                  + " and (v.state = 'OVERDUE' or (v.state = 'OPEN' and v.dueAt < :now)))");
      params.and("now", now);
    }
    q.append(" order by d.createdAt desc, d.id");
    return find(q.toString(), params);
  }
}
