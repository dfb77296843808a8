package org.jiefen.slamonitor.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiefen.slamonitor.domain.Deadline;

/**
 * The board's reads, by the (center_code, state, due_at) index: running clocks at a center and
 * below; DUE_SOON = past the warning point and not yet due, OVERDUE = past due.
 */
@ApplicationScoped
public class BoardQuery {

  private final DeadlineRepository deadlines;

  BoardQuery(DeadlineRepository deadlines) {
    this.deadlines = deadlines;
  }

  public PanacheQuery<Deadline> of(String scope, String state, String clock, Instant now) {
    String where =
        switch (state) {
          case "DUE_SOON" -> " and d.state in ('OPEN') and d.warnAt <= :now and d.dueAt > :now";
          case "OVERDUE" -> " and d.state = 'OVERDUE'";
          default -> " and d.state in ('OPEN', 'PAUSED', 'OVERDUE')";
        };
    Parameters params = Parameters.with("center", scope).and("below", scope + ".%");
    if (!"OPEN".equals(state) && !"OVERDUE".equals(state)) {
      params.and("now", now);
    }
    if (clock != null) {
      where += " and d.clock = :clock";
      params.and("clock", clock);
    }
    return deadlines.find(
        "from Deadline d where (d.centerCode = :center or d.centerCode like :below)"
            + where
            + " order by d.dueAt",
        params);
  }

  /** Running clocks of the scope per clock and standing (open, due soon, overdue, paused). */
  public Map<String, Map<String, Long>> counts(String scope, Instant now) {
    List<Object[]> rows =
        deadlines
            .getEntityManager()
            .createQuery(
                """
                select d.clock,
                       sum(case when d.state = 'OPEN' and d.warnAt > :now then 1 else 0 end),
                       sum(case when d.state = 'OPEN' and d.warnAt <= :now then 1 else 0 end),
                       sum(case when d.state = 'OVERDUE' then 1 else 0 end),
                       sum(case when d.state = 'PAUSED' then 1 else 0 end)
                from Deadline d
                where (d.centerCode = :center or d.centerCode like :below)
                  and d.state in ('OPEN', 'PAUSED', 'OVERDUE')
                group by d.clock order by d.clock
                """,
                Object[].class)
            .setParameter("now", now)
            .setParameter("center", scope)
            .setParameter("below", scope + ".%")
            .getResultList();
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (Object[] r : rows) {
      Map<String, Long> c = new LinkedHashMap<>();
      c.put("open", ((Number) r[1]).longValue());
      c.put("dueSoon", ((Number) r[2]).longValue());
      c.put("overdue", ((Number) r[3]).longValue());
      c.put("paused", ((Number) r[4]).longValue());
      counts.put((String) r[0], c);
    }
    return counts;
  }
}
