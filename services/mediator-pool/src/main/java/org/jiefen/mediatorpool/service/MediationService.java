package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.mediatorpool.domain.Agreement;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.Conclusion;
import org.jiefen.mediatorpool.domain.MediationOutcome;
import org.jiefen.mediatorpool.messaging.out.MediationConcluded;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.platform.security.Caller;

/** Records a mediation's outcome and announces it, in one transaction. */
@ApplicationScoped
public class MediationService {

  private final AssignmentAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final String topic;
  private final ZoneId zone;

  MediationService(
      AssignmentAccess access,
      Caller caller,
      Outbox outbox,
      @ConfigProperty(name = "jiefen.topics.mediation") String topic,
      @ConfigProperty(name = "jiefen.mediation.zone") ZoneId zone) {
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
    this.topic = topic;
    this.zone = zone;
  }

  /** Checks in the order 404 (scope), 403 (role), 400 (input), 409 (state). */
  @Transactional
  public Assignment conclude(
      String disputeId,
      MediationOutcome outcome,
      Agreement agreement,
      Boolean requestConfirmation) {
    Assignment assignment = access.currentForUpdate(disputeId);
    access.requireMayConclude(assignment);
    Conclusion conclusion =
        Conclusion.of(outcome, agreement, requestConfirmation, LocalDate.now(zone));
    assignment.conclude(conclusion, caller.username(), Instant.now());
    outbox.publish(
        topic,
        MediationConcluded.of(
            disputeId,
            caller.actor(),
            assignment.centerCode(),
            assignment.mediatorCode(),
            conclusion.outcome().name(),
            agreement == null
                ? null
                : new MediationConcluded.Agreement(agreement.text(), agreement.effectiveOn()),
            conclusion.confirmationRequested()));
    return assignment;
  }
}
