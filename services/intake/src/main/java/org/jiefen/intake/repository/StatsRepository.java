package org.jiefen.intake.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jiefen.intake.domain.Stages;

/**
 * The aggregates behind GET /api/v1/stats (docs/stats.md): each a GROUP BY in MariaDB over a range
 * of one indexed instant (V7), restricted to the centers at and below {@code root}. Nothing is
 * loaded per dispute.
 */
@ApplicationScoped
public class StatsRepository {

  static final String CONCLUDED = Stages.CONCLUDED;
  static final String WITHDRAWN = Stages.WITHDRAWN;

  private final EntityManager em;

  StatsRepository(EntityManager em) {
    this.em = em;
  }

  public record ReceivedRow(
      String communityCode, String category, String channel, long received, long duplicates) {}

  public record TimelineRow(String centerCode, String eventType, String outcome, long count) {}

  public record ClockRow(String centerCode, long due, long ranOut) {}

  public record CountRow(String centerCode, long count) {}

  public record StageRow(String centerCode, long stages, BigDecimal seconds) {}

  /** Disputes created in [start, end), by the community of their location. */
  public List<ReceivedRow> received(String root, Instant start, Instant end) {
    Query q =
        em.createNativeQuery(
            """
            SELECT d.community_code, d.category, d.channel,
                   SUM(d.status <> 'LINKED'), SUM(d.status = 'LINKED')
            FROM dispute d
            WHERE d.created_at >= :start AND d.created_at < :end
              AND (d.community_code = :root OR d.community_code LIKE :below ESCAPE '!')
            GROUP BY d.community_code, d.category, d.channel
            """);
    return rows(scoped(q, root).setParameter("start", start).setParameter("end", end)).stream()
        .map(
            r ->
                new ReceivedRow(
                    (String) r[0], (String) r[1], (String) r[2], count(r[3]), count(r[4])))
        .toList();
  }

  /** Conclusions (with their outcome) and withdrawals in [start, end), by the center named. */
  public List<TimelineRow> outcomes(String root, Instant start, Instant end) {
    Query q =
        em.createNativeQuery(
            """
            SELECT t.center_code, t.event_type, t.outcome, COUNT(*)
            FROM timeline_entry t
            WHERE t.event_type IN ('%s', '%s')
              AND t.occurred_at >= :start AND t.occurred_at < :end
              AND (t.center_code = :root OR t.center_code LIKE :below ESCAPE '!')
            GROUP BY t.center_code, t.event_type, t.outcome
            """
                .formatted(CONCLUDED, WITHDRAWN));
    return rows(scoped(q, root).setParameter("start", start).setParameter("end", end)).stream()
        .map(r -> new TimelineRow((String) r[0], (String) r[1], (String) r[2], count(r[3])))
        .toList();
  }

  /**
   * Clocks that came due in [start, end) — callers cap {@code end} at now: at the due instant that
   * ran out, else at the current one — by the center that held the case when the clock ran out
   * (sla.overdue.v1), else the clock's center (the holder's, for a dispute's own clock); and how
   * many ran out. A clock handed over or cancelled before it ran out was never due anywhere, and a
   * paused one is not due yet: both are left out.
   */
  public List<ClockRow> clocks(String root, Instant start, Instant end) {
    Query q =
        em.createNativeQuery(
            """
            SELECT c.center, COUNT(*), SUM(c.ran_out)
            FROM (SELECT COALESCE(v.overdue_center_code, v.center_code) AS center,
                         (v.overdue_at IS NOT NULL OR v.state = 'LATE') AS ran_out
                  FROM deadline_view v
                  WHERE v.counted_due_at >= :start AND v.counted_due_at < :end
                    AND (v.overdue_at IS NOT NULL
                         OR v.state NOT IN ('HANDED_OVER', 'CANCELLED', 'PAUSED'))
                 ) c
            WHERE c.center = :root OR c.center LIKE :below ESCAPE '!'
            GROUP BY c.center
            """);
    return rows(scoped(q, root).setParameter("start", start).setParameter("end", end)).stream()
        .map(r -> new ClockRow((String) r[0], count(r[1]), count(r[2])))
        .toList();
  }

  /** Clocks whose warning point in [start, end) was flagged, by the center the warning named. */
  public List<CountRow> warned(String root, Instant start, Instant end) {
    Query q =
        em.createNativeQuery(
            """
            SELECT v.warning_center_code, COUNT(*)
            FROM deadline_view v
            WHERE v.warn_at >= :start AND v.warn_at < :end
              AND (v.warning_center_code = :root OR v.warning_center_code LIKE :below ESCAPE '!')
            GROUP BY v.warning_center_code
            """);
    return rows(scoped(q, root).setParameter("start", start).setParameter("end", end)).stream()
        .map(r -> new CountRow((String) r[0], count(r[1])))
        .toList();
  }

  /**
   * Stages (dispute_stage) that ended in [start, end), by their center, with their summed seconds.
   */
  public List<StageRow> stages(String root, Instant start, Instant end) {
    Query q =
        em.createNativeQuery(
            """
            SELECT s.center_code, COUNT(*),
                   SUM(UNIX_TIMESTAMP(s.ended_at) - UNIX_TIMESTAMP(s.started_at))
            FROM dispute_stage s
            WHERE s.ended_at >= :start AND s.ended_at < :end
              AND (s.center_code = :root OR s.center_code LIKE :below ESCAPE '!')
            GROUP BY s.center_code
            """);
    return rows(scoped(q, root).setParameter("start", start).setParameter("end", end)).stream()
        .map(r -> new StageRow((String) r[0], count(r[1]), decimal(r[2])))
        .toList();
  }

  private static Query scoped(Query q, String root) {
    return q.setParameter("root", root).setParameter("below", likeEscaped(root) + ".%");
  }

  /** A code as a LIKE prefix: its wildcard characters taken literally (escape character !). */
  static String likeEscaped(String code) {
    return code.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query q) {
    return q.getResultList();
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
  }
}
