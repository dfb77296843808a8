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
    return find("disputeId = ?1 and status in ?2", disputeId, AssignmentStatus.WAITING)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list();
  }

  /**
   * The mediators who already had their turn with this dispute at this center and let it go —
   * declined, or did not answer — with the reason, so a reassignment passes them over.
   */
  public Map<String, String> passedOver(String disputeId, String centerCode) {
    return list(
            "disputeId = ?1 and centerCode = ?2 and status in ?3 order by id",
            disputeId,
            centerCode,
            List.of(AssignmentStatus.DECLINED, AssignmentStatus.EXPIRED))
        .stream()
        .collect(
            Collectors.toMap(
                Assignment::mediatorCode,
                a ->
                    a.status() == AssignmentStatus.DECLINED
                        ? "declined this dispute: " + a.answerReason()
                        : "did not answer for this dispute within the acceptance clock",
                (first, later) -> first,
                java.util.LinkedHashMap::new));
  }

  public Optional<Assignment> announcedBy(String assignedEventId) {
    return find("assignedEventId", assignedEventId).firstResultOptional();
  }

  /** Disputes waiting UNASSIGNED at the given centers (a staff's scope), oldest first. */
  public List<Assignment> unassignedIn(String scopeCode, int limit) {
    return find(
            "from Assignment a where a.status = ?1 and (a.centerCode = ?2 or a.centerCode like ?3)"
                + " and a.id = (select max(b.id) from Assignment b where b.disputeId = a.disputeId)"
                + " order by a.assignedAt",
            AssignmentStatus.UNASSIGNED,
            scopeCode,
            scopeCode + ".%")
        .page(0, limit)
        .list();
  }

  /**
   * The open assignments (offered, or accepted and possibly paused) of these roster entries,
   * waiting answers first, then oldest first. An open row is always its dispute's current one: a
   * new routing, a decline, an expiry or a reassignment moves it out of OPEN.
   */
  public List<Assignment> openFor(Collection<String> mediatorCodes, int limit) {
    if (mediatorCodes.isEmpty()) {
      return List.of();
    }
    return find(
            "mediatorCode in ?1 and status in ?2"
                + " order by case when status = ?3 then 0 else 1 end, assignedAt, id",
            mediatorCodes,
            AssignmentStatus.OPEN,
            AssignmentStatus.ASSIGNED)
        .page(0, limit)
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
                       sum(case when a.status in :open then 1 else 0 end),
                       max(a.assignedAt)
                from Assignment a
                where a.mediatorCode in :codes
                group by a.mediatorCode
                """,
                Object[].class)
            .setParameter("open", AssignmentStatus.OPEN)
            .setParameter("codes", mediatorCodes)
            .getResultList();
    return rows.stream()
        .map(r -> new MediatorLoad((String) r[0], ((Number) r[1]).longValue(), (Instant) r[2]))
        .collect(Collectors.toMap(MediatorLoad::mediatorCode, Function.identity()));
  }
}
