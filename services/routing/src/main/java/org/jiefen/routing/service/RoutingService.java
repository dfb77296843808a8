package org.jiefen.routing.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.routing.config.RoutingConfig;
import org.jiefen.routing.domain.Decision;
import org.jiefen.routing.domain.DisputeFacts;
import org.jiefen.routing.domain.FlagPolicy;
import org.jiefen.routing.domain.Router;
import org.jiefen.routing.domain.RoutingDecision;
import org.jiefen.routing.messaging.out.DisputeRouted;
import org.jiefen.routing.repository.OrgUnitRepository;
import org.jiefen.routing.repository.RoutingDecisionRepository;

/**
 * Routes a dispute with the current rules. A received dispute's decision and its outgoing event
 * commit in one transaction; a dry run answers the same decision and stores nothing.
 */
@ApplicationScoped
public class RoutingService {

  private final OrgUnitRepository orgUnits;
  private final RoutingDecisionRepository decisions;
  private final RuleBook rules;
  private final Outbox outbox;
  private final ObjectMapper mapper;
  private final RoutingConfig config;
  private final String topic;

  RoutingService(
      OrgUnitRepository orgUnits,
      RoutingDecisionRepository decisions,
      RuleBook rules,
      Outbox outbox,
      ObjectMapper mapper,
      RoutingConfig config,
      @ConfigProperty(name = "jiefen.topics.routing") String topic) {
    this.orgUnits = orgUnits;
    this.decisions = decisions;
    this.rules = rules;
    this.outbox = outbox;
    this.mapper = mapper;
    this.config = config;
    this.topic = topic;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void onReceived(IncomingEvent event) {
    DisputeFacts facts = factsOf(event.disputeId(), event.payload());
    Decision decision = decide(facts);
    DisputeRouted.Trace trace = trace(decision);
    List<DisputeRouted.Party> parties = partiesOf(event.payload());
    decisions.persist(
        new RoutingDecision(facts.disputeId(), decision, json(trace), Instant.now())
            .about(facts.category())
            .withParties(json(parties)));
    outbox.publish(
        topic,
        DisputeRouted.of(
            facts.disputeId(),
            decision.center().code(),
            decision.center().level().name(),
            facts.category(),
            decision.mediationType().name(),
            decision.flags(),
            trace,
            parties));
  }

  /** The parties of a dispute.received.v1 payload, without their numbers (it carries none). */
  static List<DisputeRouted.Party> partiesOf(JsonNode payload) {
    List<DisputeRouted.Party> parties = new ArrayList<>();
    for (JsonNode p : payload.path("parties")) {
      parties.add(
          new DisputeRouted.Party(
              p.path("role").asText(),
              p.path("name").asText(),
              p.path("organization").asText(null)));
    }
    return parties;
  }

  /** The parties stored with a decision (null for decisions made before they were kept). */
  List<DisputeRouted.Party> partiesOf(RoutingDecision decision) {
    if (decision.partiesJson() == null) {
      return List.of();
    }
    try {
      return List.of(mapper.readValue(decision.partiesJson(), DisputeRouted.Party[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored parties are not JSON", e);
    }
  }

  /** The decision a draft would get now, with its trace; nothing is stored or published. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DryRun dryRun(DisputeFacts facts) {
    Decision d = decide(facts);
    return new DryRun(d.center().code(), d.mediationType().name(), d.flags(), trace(d));
  }

  public record DryRun(
      String centerCode,
      String mediationType,
      java.util.List<String> flags,
      DisputeRouted.Trace trace) {}

  private Decision decide(DisputeFacts facts) {
    FlagPolicy flags =
        new FlagPolicy(
            config.fastTrackMaxAmount(),
            config.majorLaborApplicants(),
            config.majorPropertyApplicants());
    return new Router(orgUnits::findByIdOptional, config.districtCode())
        .route(facts, rules.specs(), flags);
  }

  static DisputeRouted.Trace trace(Decision d) {
    return new DisputeRouted.Trace(
        d.rule(),
        d.ruleVersion(),
        d.explanation(),
        d.inputs(),
        d.alternatives(),
        d.laterMatchingRules());
  }

  /** Reads the facts from a dispute.received.v1 payload or a create body (same field names). */
  public static DisputeFacts factsOf(String disputeId, JsonNode p) {
    BigDecimal amount =
        p.path("claimAmount").isNumber() ? p.path("claimAmount").decimalValue() : null;
    int applicants = 0;
    for (JsonNode party : p.path("parties")) {
      if ("APPLICANT".equals(party.path("role").asText())) {
        applicants++;
      }
    }
    String community =
        p.has("communityCode")
            ? p.path("communityCode").asText(null)
            : p.path("location").path("communityCode").asText(null);
    return new DisputeFacts(
        disputeId,
        p.path("category").asText(null),
        community,
        p.path("channel").asText(null),
        p.path("source").path("platform").asText(null),
        amount,
        applicants,
        p.path("parties").size());
  }

  String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise routing trace", e);
    }
  }
}
