package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jiefen.intake.domain.TimelineEntry;
import org.jiefen.intake.repository.TimelineRepository;
import org.jiefen.platform.events.Actor;

/** Writes the timeline lines of intake's own events, in the transaction that emits them. */
@ApplicationScoped
public class Timeline {

  private final TimelineRepository entries;

  Timeline(TimelineRepository entries) {
    this.entries = entries;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String disputeId,
      String eventId,
      String type,
      Instant at,
      Actor actor,
      String centerCode,
      String summary,
      String reason) {
    entries.persist(
        new TimelineEntry(
            disputeId,
            eventId,
            type,
            at,
            actor.kind().name(),
            actor.username(),
            actor.orgUnit(),
            centerCode,
            summary,
            reason));
  }
}
