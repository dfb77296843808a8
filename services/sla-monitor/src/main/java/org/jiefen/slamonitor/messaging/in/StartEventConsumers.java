package org.jiefen.slamonitor.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.platform.inbox.Inbox;
import org.jiefen.slamonitor.service.ClockService;

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
  @Blocking
  public void intake(ConsumerRecord<String, String> record) {
    inbox.consume(CONSUMER, record, clocks.handlers());
  }

  @Incoming("routing-events")
  @Blocking
  public void routing(ConsumerRecord<String, String> record) {
    inbox.consume(CONSUMER, record, clocks.handlers());
  }

  @Incoming("mediation-events")
  @Blocking
  public void mediation(ConsumerRecord<String, String> record) {
    inbox.consume(CONSUMER, record, clocks.handlers());
  }

  @Incoming("confirmation-events")
  @Blocking
  public void confirmation(ConsumerRecord<String, String> record) {
    inbox.consume(CONSUMER, record, clocks.handlers());
  }
}
