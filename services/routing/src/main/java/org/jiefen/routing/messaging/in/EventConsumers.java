package org.jiefen.routing.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.platform.inbox.Inbox;
import org.jiefen.routing.service.AutoEscalationService;
import org.jiefen.routing.service.OverdueEscalation;
import org.jiefen.routing.service.RoutingService;

/**
 * A received dispute is routed; a failed mediation may escalate it (ADR 0007). Other types on these
 * topics (dispute.assigned.v1, withdrawals, links) are skipped. A clock whose consequence is
 * ESCALATE moves the dispute up when it runs out.
 */
@ApplicationScoped
public class EventConsumers {

  private final Inbox inbox;
  private final RoutingService routing;
  private final AutoEscalationService escalation;
  private final OverdueEscalation overdue;

  EventConsumers(
      Inbox inbox,
      RoutingService routing,
      AutoEscalationService escalation,
      OverdueEscalation overdue) {
    this.inbox = inbox;
    this.routing = routing;
    this.escalation = escalation;
    this.overdue = overdue;
  }

  @Incoming("received")
  @Incoming("mediation")
  @Incoming("deadlines")
  @Blocking
  public void onRecord(ConsumerRecord<String, String> record) {
    inbox.consume(
        "routing",
        record,
        Map.of(
            "dispute.received.v1", routing::onReceived,
            "mediation.concluded.v1", escalation::onConcluded,
            "sla.overdue.v1", overdue::onOverdue));
  }
}
