package org.jiefen.routing.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.routing.domain.Decision;
import org.jiefen.routing.domain.OrgUnit;
import org.jiefen.routing.domain.RoutingDecision;
import org.jiefen.routing.messaging.out.DisputeRouted;
import org.jiefen.routing.repository.RoutingDecisionRepository;

/**
 * Moves a dispute from its holding center to another one: stores the move as a routing decision
 * with its trace (from, to, why, by whom) and publishes it as dispute.routed.v1 with the previous
 * center, in the caller's transaction. Staff transfers (移交) and auto-escalations (自动上移) both go
 * through here, so the pool, the clocks and the timeline treat them alike. The mediation type,
 * flags and category travel with the dispute unchanged.
 */
@ApplicationScoped
public class TransferRecorder {

  private final RoutingDecisionRepository decisions;
  private final RoutingService routing;
  private final Outbox outbox;
  private final ObjectMapper mapper;
  private final String topic;

  TransferRecorder(
      RoutingDecisionRepository decisions,
      RoutingService routing,
      Outbox outbox,
      ObjectMapper mapper,
      @ConfigProperty(name = "jiefen.topics.routing") String topic) {
    this.decisions = decisions;
    this.routing = routing;
    this.outbox = outbox;
    this.mapper = mapper;
    this.topic = topic;
  }

  /**
   * One move.
   *
   * @param rule the trace's rule name, e.g. transfer-escalation or auto-escalation
   * @param explanation the sentence a citizen reads (PIPL Art. 24)
   * @param moreInputs trace inputs beyond from, to, reason and by
   * @param whyLeft why the previous center is no longer the choice (its trace alternative)
   * @param by who decided, as stored with the decision: a username, or "system"
   * @param at when: the decision's time and the event's occurredAt
   */
  public record Move(
      OrgUnit target,
      String rule,
      String explanation,
      Map<String, Object> moreInputs,
      String whyLeft,
      Actor actor,
      String by,
      String reason,
      Instant at) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public RoutingDecision record(RoutingDecision current, Move move) {
    String from = current.centerCode();
    String category = categoryOf(current);
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("fromCenterCode", from);
    inputs.put("toCenterCode", move.target().code());
    inputs.put("reason", move.reason());
    inputs.put("by", move.by());
    inputs.putAll(move.moreInputs());
    Decision decision =
        new Decision(
            move.target(),
            current.mediationType(),
            current.flags(),
            move.rule(),
            1,
            move.explanation(),
            inputs,
            List.of(new Decision.Alternative(from, current.centerLevel().name(), move.whyLeft())),
            List.of());
    DisputeRouted.Trace trace = RoutingService.trace(decision);
    RoutingDecision stored =
        new RoutingDecision(current.disputeId(), decision, routing.json(trace), move.at())
            .about(category)
            .transferredFrom(from, move.by(), move.reason())
            .withParties(current.partiesJson());
    decisions.persist(stored);
    outbox.publish(
        topic,
        DisputeRouted.transfer(
            move.at(),
            current.disputeId(),
            move.actor(),
            move.reason(),
            move.target().code(),
            move.target().level().name(),
            from,
            category,
            current.mediationType().name(),
            current.flags(),
            trace,
            routing.partiesOf(current)));
    return stored;
  }

  /** Decisions stored before the category column carry it only in their trace inputs. */
  String categoryOf(RoutingDecision decision) {
    if (decision.category() != null) {
      return decision.category();
    }
    try {
      return mapper.readTree(decision.trace()).path("inputs").path("category").asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored trace is not JSON", e);
    }
  }
}
