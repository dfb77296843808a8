package org.jiefen.routing.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.platform.inbox.Inbox;
import org.jiefen.routing.service.RoutingService;

@ApplicationScoped
public class ReceivedConsumer {

  private final Inbox inbox;
  private final RoutingService routing;

  ReceivedConsumer(Inbox inbox, RoutingService routing) {
    this.inbox = inbox;
    this.routing = routing;
  }

  @Incoming("received")
  @Blocking
  public void onRecord(ConsumerRecord<String, String> record) {
    inbox.consume("routing", record, Map.of("dispute.received.v1", routing::onReceived));
  }
}
