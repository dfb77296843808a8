package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.intake.domain.TimelineEntry;

@ApplicationScoped
public class TimelineRepository implements PanacheRepository<TimelineEntry> {

  public List<TimelineEntry> ofDispute(String disputeId) {
    return list("disputeId = ?1 order by occurredAt, id", disputeId);
  }
}
