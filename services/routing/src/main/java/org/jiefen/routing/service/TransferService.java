package org.jiefen.routing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.routing.domain.OrgUnit;
import org.jiefen.routing.domain.RoutingDecision;
import org.jiefen.routing.repository.OrgUnitRepository;
import org.jiefen.routing.repository.RoutingDecisionRepository;

/**
 * 移交: staff of the center holding a dispute move it up to a center above (escalation) or down to a
 * center within their own reach (referral). The transfer is a routing decision like any other —
 * stored with its trace and published as dispute.routed.v1 with the previous center, the actor and
 * the reason — so the pool reassigns, the clocks restart at the receiving center and the timeline
 * shows the hop. The citizen's overall clock is not reset (sla-monitor's concern).
 */
@ApplicationScoped
public class TransferService {

  static final String ESCALATION = "transfer-escalation";
  static final String REFERRAL = "transfer-referral";

  private final RoutingDecisionRepository decisions;
  private final OrgUnitRepository orgUnits;
  private final TransferRecorder recorder;
  private final Outbox outbox;
  private final Caller caller;
  private final String topic;

  TransferService(
      RoutingDecisionRepository decisions,
      OrgUnitRepository orgUnits,
      TransferRecorder recorder,
      Outbox outbox,
      Caller caller,
      @ConfigProperty(name = "jiefen.topics.routing") String topic) {
    this.decisions = decisions;
    this.orgUnits = orgUnits;
    this.recorder = recorder;
    this.outbox = outbox;
    this.caller = caller;
    this.topic = topic;
  }

  @Transactional
  public RoutingDecision transfer(String disputeId, String toCenterCode, String reason) {
    RoutingDecision current =
        decisions
            .lockLatest(disputeId)
            .filter(d -> caller.covers(d.centerCode()))
            .orElseThrow(() -> ProblemException.notFound("dispute " + disputeId));
    if (!caller.hasRole("center-staff")) {
      throw new ProblemException(
          403, "Forbidden", "only center staff transfer disputes", List.of());
    }
    OrgUnit target =
        orgUnits
            .findByIdOptional(toCenterCode)
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "toCenterCode", "is not a center of the org tree"));
    String from = current.centerCode();
    if (target.code().equals(from)) {
      throw ProblemException.invalidField("toCenterCode", "already holds the dispute");
    }
    boolean escalation = from.startsWith(target.code() + ".");
    boolean referral = caller.covers(target.code());
    if (!escalation && !referral) {
      throw new ProblemException(
          403,
          "Forbidden",
          "the receiving center is outside your reach",
          List.of(
              new FieldError(
                  "toCenterCode", "is neither above the holding center nor within your org unit")));
    }
    String words =
        (escalation ? "由%s上移至%s：%s" : "由%s下转至%s：%s").formatted(from, target.code(), reason);
    return recorder.record(
        current,
        new TransferRecorder.Move(
            target,
            escalation ? ESCALATION : REFERRAL,
            words,
            Map.of(),
            "transferred away by " + caller.username(),
            caller.actor(),
            caller.username(),
            reason,
            Instant.now()));
  }

  /**
   * 签收: staff of the center holding the dispute confirm they have it. Stops that center's
   * acknowledgement clock (sla-monitor) and shows on the timeline.
   */
  @Transactional
  public String acknowledge(String disputeId) {
    RoutingDecision current =
        decisions
            .latest(disputeId)
            .filter(d -> caller.covers(d.centerCode()))
            .orElseThrow(() -> ProblemException.notFound("dispute " + disputeId));
    if (!caller.hasRole("center-staff") || !caller.orgUnit().equals(current.centerCode())) {
      throw new ProblemException(
          403, "Forbidden", "only staff of the holding center acknowledge a dispute", List.of());
    }
    outbox.publish(
        topic,
        new org.jiefen.routing.messaging.out.DisputeAcknowledged(
            java.util.UUID.randomUUID().toString(),
            org.jiefen.routing.messaging.out.DisputeAcknowledged.TYPE,
            Instant.now(),
            disputeId,
            caller.actor(),
            null,
            current.centerCode()));
    return current.centerCode();
  }
}
