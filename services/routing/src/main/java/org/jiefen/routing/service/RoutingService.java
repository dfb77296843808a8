package org.jiefen.routing.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.routing.domain.Decision;
import org.jiefen.routing.domain.DisputeFacts;
import org.jiefen.routing.domain.Router;
import org.jiefen.routing.domain.RoutingDecision;
import org.jiefen.routing.messaging.out.DisputeRouted;
import org.jiefen.routing.repository.OrgUnitRepository;
import org.jiefen.routing.repository.RoutingDecisionRepository;

/** Routes a received dispute: stores the decision and its outgoing event in one transaction. */
@ApplicationScoped
public class RoutingService {

  private final OrgUnitRepository orgUnits;
  private final RoutingDecisionRepository decisions;
  private final Outbox outbox;
  private final ObjectMapper mapper;
  private final String topic;
  private final String districtCode;

  RoutingService(
      OrgUnitRepository orgUnits,
      RoutingDecisionRepository decisions,
      Outbox outbox,
      ObjectMapper mapper,
      @ConfigProperty(name = "jiefen.topics.routing") String topic,
      @ConfigProperty(name = "jiefen.routing.district-code", defaultValue = "longhua")
          String districtCode) {
    this.orgUnits = orgUnits;
    this.decisions = decisions;
    this.outbox = outbox;
    this.mapper = mapper;
    this.topic = topic;
    this.districtCode = districtCode;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void onReceived(IncomingEvent event) {
    DisputeFacts facts = factsOf(event);
    Decision decision = new Router(orgUnits::findByIdOptional, districtCode).route(facts);
    DisputeRouted.Trace trace =
        new DisputeRouted.Trace(decision.rule(), decision.inputs(), decision.alternatives());
    decisions.persist(new RoutingDecision(facts.disputeId(), decision, json(trace), Instant.now()));
    outbox.publish(
        topic,
        DisputeRouted.of(
            facts.disputeId(),
            decision.center().code(),
            decision.center().level().name(),
            facts.category(),
            decision.mediationType().name(),
            decision.flags(),
            trace));
  }

  private static DisputeFacts factsOf(IncomingEvent event) {
    var payload = event.payload();
    BigDecimal amount =
        payload.path("claimAmount").isNumber() ? payload.path("claimAmount").decimalValue() : null;
    return new DisputeFacts(
        event.disputeId(),
        event.text("category"),
        event.text("communityCode"),
        event.text("channel"),
        payload.path("source").path("platform").asText(null),
        amount);
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise routing trace", e);
    }
  }
}
