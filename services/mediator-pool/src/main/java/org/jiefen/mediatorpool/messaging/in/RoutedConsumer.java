package org.jiefen.mediatorpool.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.mediatorpool.service.AssignmentService;
import org.jiefen.platform.inbox.Inbox;

@ApplicationScoped
public class RoutedConsumer {

  private final Inbox inbox;
  private final AssignmentService assignments;

  RoutedConsumer(Inbox inbox, AssignmentService assignments) {
    this.inbox = inbox;
    this.assignments = assignments;
  }

  @Incoming("routed")
  @Incoming("intake-events")
  @Blocking
  public void onRecord(ConsumerRecord<String, String> record) {
    inbox.consume(
        "mediator-pool",
        record,
        Map.of(
            "dispute.routed.v1", assignments::onRouted,
            "dispute.withdrawn.v1", assignments::onWithdrawn));
  }
}
