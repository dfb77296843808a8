package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.messaging.out.MediationEvents;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.platform.outbox.Outbox;

/**
 * No answer within the acceptance clock (3 working days, 在线调解规则 Art. 12): when sla-monitor says
 * that clock ran out, the assignment it was opened for expires and the dispute goes to the next
 * mediator — unless the assignment has moved on (accepted, declined, reassigned) meanwhile.
 */
@ApplicationScoped
public class AcceptanceExpiry {

  private static final Logger LOG = Logger.getLogger(AcceptanceExpiry.class);

  private final AssignmentRepository assignments;
  private final AssignmentService service;
  private final Outbox outbox;
  private final String topic;
  private final String clock;

  AcceptanceExpiry(
      AssignmentRepository assignments,
      AssignmentService service,
      Outbox outbox,
      @ConfigProperty(name = "jiefen.topics.mediation") String topic,
      @ConfigProperty(name = "jiefen.mediation.acceptance-clock", defaultValue = "MEDIATOR_ACCEPT")
          String clock) {
    this.assignments = assignments;
    this.service = service;
    this.outbox = outbox;
    this.topic = topic;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void onOverdue(IncomingEvent e) {
    if (!clock.equals(e.text("clock"))) {
      return;
    }
    Assignment current = assignments.lockCurrent(e.disputeId()).orElse(null);
    if (current == null || !e.text("startEventId").equals(current.assignedEventId())) {
      LOG.debugf("overdue %s of dispute %s: that assignment moved on", clock, e.disputeId());
      return;
    }
    Instant now = Instant.now();
    if (current.expire(now)) {
      outbox.publish(
          topic, MediationEvents.Declined.of(current, Actor.system("mediator-pool"), true, now));
      service.reassignAfter(
          current, "reassigned: " + current.mediatorCode() + " did not answer in time");
    }
  }
}
