package org.jiefen.slamonitor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hibernate.LockOptions;
import org.jiefen.slamonitor.domain.Deadline;

@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<Deadline, String> {

  /** Running clocks of this policy for the dispute (also paused or already overdue ones). */
  public List<Deadline> runningOf(String disputeId, String clock) {
    return list(
        "disputeId = ?1 and clock = ?2 and state in ?3", disputeId, clock, Deadline.RUNNING);
  }

  public List<Deadline> runningOf(String disputeId) {
    return list("disputeId = ?1 and state in ?2", disputeId, Deadline.RUNNING);
  }

  public boolean existsFor(String disputeId, String clock) {
    return count("disputeId = ?1 and clock = ?2", disputeId, clock) > 0;
  }

  public List<Deadline> ofDispute(String disputeId) {
    return list("disputeId = ?1 order by dueAt, clock", disputeId);
  }

  /**
   * The timers of the owned partitions due by {@code until}, earliest first, at most {@code limit}:
   * a range scan of the (partition_no, next_flag_at) index, never the whole table.
   */
  public List<FlagTimer> timersDue(Collection<Integer> partitions, Instant until, int limit) {
    return getEntityManager()
        .createQuery(
            "select new org.jiefen.slamonitor.repository.FlagTimer("
                + "d.id, d.version, d.nextFlag, d.nextFlagAt) from Deadline d"
                + " where d.partition in :partitions and d.nextFlagAt <= :until"
                + " order by d.nextFlagAt",
            FlagTimer.class)
        .setParameter("partitions", partitions)
        .setParameter("until", until)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The clocks to flag, locked; a row another instance holds is skipped, not waited for. */
  public List<Deadline> lockForFlag(Collection<String> ids) {
    return find("id in ?1", ids)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
        .list();
  }

  /**
   * The next {@code limit} provisional clocks in {@code state} after {@code afterId}, locked: a
   * walk by key through the (provisional, state, id) index.
   */
  public List<Deadline> provisionalRunning(String state, String afterId, int limit) {
    return find("provisional = true and state = ?1 and id > ?2 order by id", state, afterId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .page(0, limit)
        .list();
  }
}
