package org.jiefen.mediatorpool.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.mediatorpool.service.AcceptanceExpiry;
import org.jiefen.mediatorpool.service.AssignmentService;
import org.jiefen.mediatorpool.service.CourtReturn;
import org.jiefen.platform.inbox.Inbox;

/**
 * Routings assign, withdrawals free the slot, an expired acceptance clock reassigns, an expired
 * court-delegated period returns the case to the court.
 */
@ApplicationScoped
public class RoutedConsumer {

  private final Inbox inbox;
  private final Map<String, org.jiefen.platform.inbox.EventHandler> handlers;

  RoutedConsumer(
      Inbox inbox,
      AssignmentService assignments,
      AcceptanceExpiry expiry,
      CourtReturn courtReturn) {
    this.inbox = inbox;
    this.handlers =
        Map.of(
            "dispute.routed.v1",
            assignments::onRouted,
            "dispute.withdrawn.v1",
            assignments::onWithdrawn,
            "sla.overdue.v1",
            e -> {
              expiry.onOverdue(e);
              courtReturn.onOverdue(e);
            });
  }

  @Incoming("routed")
  @Incoming("intake-events")
  @Incoming("deadline-events")
  @Blocking
  public void onRecord(ConsumerRecord<String, String> record) {
    inbox.consume("mediator-pool", record, handlers);
  }
}
