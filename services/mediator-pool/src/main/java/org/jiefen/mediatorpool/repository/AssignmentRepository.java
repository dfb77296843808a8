package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.AssignmentStatus;
import org.jiefen.mediatorpool.domain.MediatorLoad;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepository<Assignment> {

  public List<Assignment> forDispute(String disputeId) {
    return list("disputeId = ?1 order by id", disputeId);
  }

  public Optional<Assignment> current(String disputeId) {
    return find("disputeId = ?1 order by id desc", disputeId).firstResultOptional();
  }

  /**
   * The current assignment, locked: concluding it and superseding it (a new routing) read the
   * latest committed status and cannot overwrite each other.
   */
  public Optional<Assignment> lockCurrent(String disputeId) {
    return find("disputeId = ?1 order by id desc", disputeId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  public List<Assignment> lockWaiting(String disputeId) {
    return find(
            "disputeId = ?1 and status in ?2",
            disputeId,
            List.of(AssignmentStatus.ASSIGNED, AssignmentStatus.UNASSIGNED))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list();
  }

  /** Open assignments and the latest assignment time per mediator, counted in the database. */
  public Map<String, MediatorLoad> loadsOf(Collection<String> mediatorCodes) {
    if (mediatorCodes.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                """
                select a.mediatorCode,
                       sum(case when a.status = :open then 1 else 0 end),
                       max(a.assignedAt)
                from Assignment a
                where a.mediatorCode in :codes
                group by a.mediatorCode
                """,
                Object[].class)
            .setParameter("open", AssignmentStatus.ASSIGNED)
            .setParameter("codes", mediatorCodes)
            .getResultList();
    return rows.stream()
        .map(r -> new MediatorLoad((String) r[0], ((Number) r[1]).longValue(), (Instant) r[2]))
        .collect(Collectors.toMap(MediatorLoad::mediatorCode, Function.identity()));
  }
}
