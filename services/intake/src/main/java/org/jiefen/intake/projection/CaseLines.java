package org.jiefen.intake.projection;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.TimelineEntry;
import org.jiefen.intake.repository.DisputeRepository;
import org.jiefen.intake.repository.TimelineRepository;
import org.jiefen.platform.inbox.IncomingEvent;

/** What every projection handler does: find the dispute this intake holds, write its line. */
@ApplicationScoped
public class CaseLines {

  private static final Logger LOG = Logger.getLogger(CaseLines.class);

  private final DisputeRepository disputes;
  private final TimelineRepository timeline;

  CaseLines(DisputeRepository disputes, TimelineRepository timeline) {
    this.disputes = disputes;
    this.timeline = timeline;
  }

  /**
   * The dispute the event is about; empty when this intake does not hold it (another deployment
   * sharing the broker).
   */
  Optional<Dispute> held(IncomingEvent e) {
    Optional<Dispute> dispute = disputes.findByIdOptional(e.disputeId());
    if (dispute.isEmpty()) {
      LOG.debugf("%s for unknown dispute %s ignored", e.type(), e.disputeId());
    }
    return dispute;
  }

  /** A timeline line; {@code outcome} only on a conclusion, where statistics count it. */
  void record(IncomingEvent e, String centerCode, String summary, String outcome) {
    JsonNode actor = e.payload().path("actor");
    TimelineEntry entry =
        new TimelineEntry(
            e.disputeId(),
            e.eventId(),
            e.type(),
            at(e),
            actor.path("kind").asText("SYSTEM"),
            actor.path("username").asText(null),
            actor.path("orgUnit").asText(null),
            centerCode,
            summary,
            e.text("reason"));
    timeline.persist(entry.withOutcome(outcome));
  }

  static Instant at(IncomingEvent e) {
    return Instant.parse(e.text("occurredAt"));
  }

  static Instant instantOrNull(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
