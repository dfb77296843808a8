package org.jiefen.routing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.routing.domain.OrgUnit;
import org.jiefen.routing.domain.RoutingDecision;
import org.jiefen.routing.repository.OrgUnitRepository;
import org.jiefen.routing.repository.RoutingDecisionRepository;

/**
 * A clock whose policy says ESCALATE ran out (sla.overdue.v1): the dispute moves to the parent of
 * the center the flag names — but only while that center still holds it, so a late or repeated flag
 * after a transfer moves nothing, and the district (no parent) keeps its flag only.
 */
@ApplicationScoped
public class OverdueEscalation {

  static final String RULE = "sla-escalation";
  static final String CONSEQUENCE = "ESCALATE";
  private static final Logger LOG = Logger.getLogger(OverdueEscalation.class);

  private final RoutingDecisionRepository decisions;
  private final OrgUnitRepository orgUnits;
  private final TransferRecorder recorder;

  OverdueEscalation(
      RoutingDecisionRepository decisions, OrgUnitRepository orgUnits, TransferRecorder recorder) {
    this.decisions = decisions;
    this.orgUnits = orgUnits;
    this.recorder = recorder;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void onOverdue(IncomingEvent event) {
    if (!CONSEQUENCE.equals(event.text("consequence"))) {
      return;
    }
    String flagged = event.text("centerCode");
    RoutingDecision current = decisions.lockLatest(event.disputeId()).orElse(null);
    if (current == null || !current.centerCode().equals(flagged)) {
      LOG.debugf(
          "overdue %s of %s at %s: the dispute moved on",
          event.text("clock"), event.disputeId(), flagged);
      return;
    }
    OrgUnit holder = orgUnits.findById(flagged);
    OrgUnit parent =
        holder == null || holder.parentCode() == null
            ? null
            : orgUnits.findById(holder.parentCode());
    if (parent == null) {
      LOG.debugf("overdue at %s, which has no parent center: flag only", flagged);
      return;
    }
    recorder.record(current, move(event, holder, parent));
  }

  private static TransferRecorder.Move move(IncomingEvent event, OrgUnit holder, OrgUnit parent) {
    String clock = event.text("clock");
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("overdueEventId", event.eventId());
    inputs.put("clock", clock);
    inputs.put("dueAt", event.text("dueAt"));
    inputs.put("deadlineVersion", event.payload().path("deadlineVersion").asInt());
    inputs.put("citation", event.text("citation"));
    return new TransferRecorder.Move(
        parent,
        RULE,
        "%s未在期限内处理（%s），依时限规则移交上一级%s。".formatted(holder.name(), clock, parent.name()),
        inputs,
        "its " + clock + " clock ran out there",
        Actor.system("routing"),
        AutoEscalationService.BY,
        "%s（%s）%s 期限已于 %s 届满，按时限规则移交%s（%s）"
            .formatted(
                holder.name(),
                holder.code(),
                clock,
                event.text("dueAt"),
                parent.name(),
                parent.code()),
        Instant.now());
  }
}
