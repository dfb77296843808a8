package org.jiefen.slamonitor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.slamonitor.domain.Deadline;

@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<Deadline, String> {

  public List<Deadline> openOf(String disputeId, String clock) {
    return list("disputeId = ?1 and clock = ?2 and state = 'OPEN'", disputeId, clock);
  }

  public List<Deadline> ofDispute(String disputeId) {
    return list("disputeId = ?1 order by dueAt, clock", disputeId);
  }
}
