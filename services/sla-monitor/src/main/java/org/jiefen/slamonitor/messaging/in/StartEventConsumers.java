package org.jiefen.slamonitor.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.platform.inbox.Inbox;
import org.jiefen.slamonitor.service.ClockService;

/** Any producer's event may start a clock; the policies say which. */
@ApplicationScoped
public class StartEventConsumers {

  static final String CONSUMER = "sla-monitor";

  private final Inbox inbox;
  private final ClockService clocks;

  StartEventConsumers(Inbox inbox, ClockService clocks) {
    this.inbox = inbox;
    this.clocks = clocks;
  }

  @Incoming("intake-events")
  @Incoming("routing-events")
  @Incoming("mediation-events")
  @Incoming("confirmation-events")
  @Blocking
  public void onRecord(ConsumerRecord<String, String> record) {
    inbox.consume(CONSUMER, record, clocks.handlers());
  }
}
