package org.jiefen.routing.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.platform.inbox.Inbox;
import org.jiefen.routing.service.AutoEscalationService;
import org.jiefen.routing.service.RoutingService;

/**
 * A received dispute is routed; a failed mediation may escalate it (ADR 0007). Other types on these
 * topics (dispute.assigned.v1, withdrawals, links) are skipped.
 */
@ApplicationScoped
public class EventConsumers {

  private final Inbox inbox;
  private final RoutingService routing;
  private final AutoEscalationService escalation;

  EventConsumers(Inbox inbox, RoutingService routing, AutoEscalationService escalation) {
    this.inbox = inbox;
    this.routing = routing;
    this.escalation = escalation;
  }

  @Incoming("received")
  @Incoming("mediation")
  @Blocking
  public void onRecord(ConsumerRecord<String, String> record) {
    inbox.consume(
        "routing",
        record,
        Map.of(
            "dispute.received.v1", routing::onReceived,
            "mediation.concluded.v1", escalation::onConcluded));
  }
}
