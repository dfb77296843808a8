package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.intake.domain.Stages;
import org.jiefen.intake.domain.TimelineEntry;

@ApplicationScoped
public class TimelineRepository implements PanacheRepository<TimelineEntry> {

  public List<TimelineEntry> ofDispute(String disputeId) {
    return list("disputeId = ?1 order by occurredAt, id", disputeId);
  }

  /** The lines that start and end a dispute's stages at centers. */
  public List<Stages.Line> stageLines(String disputeId) {
    return list("disputeId = ?1 and eventType in ?2", disputeId, Stages.LINE_TYPES).stream()
        .map(
            t ->
                new Stages.Line(t.id(), t.eventId(), t.eventType(), t.centerCode(), t.occurredAt()))
        .toList();
  }
}
