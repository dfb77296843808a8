package org.jiefen.routing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.routing.config.RoutingConfig;
import org.jiefen.routing.domain.AutoEscalationPolicy;
import org.jiefen.routing.domain.AutoEscalationPolicy.Conclusion;
import org.jiefen.routing.domain.AutoEscalationPolicy.Holding;
import org.jiefen.routing.domain.AutoEscalationPolicy.Verdict;
import org.jiefen.routing.domain.OrgUnit;
import org.jiefen.routing.domain.RoutingDecision;
import org.jiefen.routing.repository.OrgUnitRepository;
import org.jiefen.routing.repository.RoutingDecisionRepository;

/**
 * 自动上移 (ADR 0007): a mediation.concluded.v1 with outcome FAILED at the center that still holds the
 * dispute moves it to the parent center when the policy says so — stored and published exactly like
 * a staff transfer, with the system as actor and the failed mediation as reason. Any other case
 * records nothing; the dispute stays FAILED where it is.
 */
@ApplicationScoped
public class AutoEscalationService {

  static final String RULE = "auto-escalation";
  static final String BY = "system";
  private static final int MAX_REASON = 2000;
  private static final Logger LOG = Logger.getLogger(AutoEscalationService.class);

  private final RoutingDecisionRepository decisions;
  private final OrgUnitRepository orgUnits;
  private final TransferRecorder recorder;
  private final AutoEscalationPolicy policy;

  AutoEscalationService(
      RoutingDecisionRepository decisions,
      OrgUnitRepository orgUnits,
      TransferRecorder recorder,
      RoutingConfig config) {
    this.decisions = decisions;
    this.orgUnits = orgUnits;
    this.recorder = recorder;
    RoutingConfig.AutoEscalation c = config.autoEscalation();
    this.policy =
        new AutoEscalationPolicy(
            c.enabled(),
            c.levels(),
            c.excludedMediationTypes().orElse(Set.of()),
            c.excludedCategories().orElse(Set.of()));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void onConcluded(IncomingEvent event) {
    String disputeId = event.disputeId();
    Conclusion concluded =
        new Conclusion(
            event.text("outcome"),
            event.text("centerCode"),
            Instant.parse(event.text("occurredAt")),
            event.text("suggestion"));
    Optional<RoutingDecision> latest = decisions.lockLatest(disputeId);
    if (latest.isEmpty()) {
      LOG.debugf("dispute %s: no routing decision here, %s ignored", disputeId, event.eventId());
      return;
    }
    RoutingDecision current = latest.get();
    OrgUnit holder = orgUnits.findById(current.centerCode());
    OrgUnit parent =
        holder == null || holder.parentCode() == null
            ? null
            : orgUnits.findById(holder.parentCode());
    Holding holding =
        new Holding(
            current.centerCode(),
            holder == null ? current.centerLevel() : holder.level(),
            parent == null ? null : parent.code(),
            current.mediationType(),
            recorder.categoryOf(current),
            current.decidedAt());
    Verdict verdict = policy.decide(concluded, holding);
    if (!verdict.escalates()) {
      LOG.debugf(
          "dispute %s stays at %s after mediation %s (%s): %s",
          disputeId, current.centerCode(), concluded.outcome(), event.eventId(), verdict.why());
      return;
    }
    recorder.record(current, move(event, concluded, holding, holder, parent, verdict));
  }

  private TransferRecorder.Move move(
      IncomingEvent event,
      Conclusion concluded,
      Holding holding,
      OrgUnit holder,
      OrgUnit parent,
      Verdict verdict) {
    String mediator = event.text("mediatorCode");
    String told = event.text("reason");
    String reason =
        "%s（%s）调解未成功（调解员 %s，%s），按自动上移规则移交%s（%s）%s"
            .formatted(
                holder.name(),
                holder.code(),
                mediator,
                concluded.at(),
                parent.name(),
                parent.code(),
                told == null || told.isBlank() ? "" : "：" + told);
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("concludedEventId", event.eventId());
    inputs.put("outcome", concluded.outcome());
    inputs.put("mediatorCode", mediator);
    inputs.put("concludedAt", concluded.at().toString());
    inputs.put("failedAtLevel", holding.level().name());
    inputs.put("mediationType", holding.mediationType().name());
    inputs.put("category", holding.category());
    inputs.put("escalatingLevels", policy.levels().stream().map(Enum::name).sorted().toList());
    inputs.put("policy", verdict.why());
    return new TransferRecorder.Move(
        parent,
        RULE,
        "%s调解未成功，依自动上移规则移交上一级%s继续调解。".formatted(holder.name(), parent.name()),
        inputs,
        "mediation failed there",
        Actor.system("routing"),
        BY,
        reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason,
        // after the failure even if this machine's clock lags mediator-pool's: intake's case view
        // keeps the newer of FAILED and ROUTED, and this routing must be the newer one
        latestOf(Instant.now(), concluded.at().plusMillis(1)));
  }

  private static Instant latestOf(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
