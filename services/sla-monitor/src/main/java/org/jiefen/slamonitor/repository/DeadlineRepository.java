package org.jiefen.slamonitor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.slamonitor.domain.Deadline;

@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<Deadline, String> {

  public List<Deadline> ofDispute(String disputeId) {
    return list("disputeId = ?1 order by dueAt, clock", disputeId);
  }
}
