package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.messaging.out.MediationConcluded;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.platform.outbox.Outbox;

/**
 * A court-delegated case not concluded within its period (在线调解规则 Art. 26; the clock excludes expert
 * appraisal) returns to the court for filing: when sla-monitor says a clock whose consequence is
 * RETURN_TO_COURT ran out, the mediation ends as a failure with litigation as the way on, announced
 * like any conclusion — so the case view, statistics and the court's partner webhook learn it the
 * usual way, and the mediator's slot is freed.
 */
@ApplicationScoped
public class CourtReturn {

  static final String CONSEQUENCE = "RETURN_TO_COURT";
  static final String WHY = "委派调解期限届满未达成调解协议，依《人民法院在线调解规则》第二十六条退回人民法院登记立案";
  private static final Logger LOG = Logger.getLogger(CourtReturn.class);

  private final AssignmentRepository assignments;
  private final Outbox outbox;
  private final String topic;

  CourtReturn(
      AssignmentRepository assignments,
      Outbox outbox,
      @ConfigProperty(name = "jiefen.topics.mediation") String topic) {
    this.assignments = assignments;
    this.outbox = outbox;
    this.topic = topic;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void onOverdue(IncomingEvent e) {
    if (!CONSEQUENCE.equals(e.text("consequence"))) {
      return;
    }
    Assignment current = assignments.lockCurrent(e.disputeId()).orElse(null);
    Instant now = Instant.now();
    if (current == null || !current.returnToCourt(WHY, now)) {
      LOG.debugf("dispute %s: no mediation left to return to the court", e.disputeId());
      return;
    }
    outbox.publish(topic, MediationConcluded.of(current, Actor.system("mediator-pool"), null, now));
  }
}
