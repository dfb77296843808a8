package org.jiefen.judicialconfirmation.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.judicialconfirmation.service.ApplicationService;
import org.jiefen.platform.inbox.Inbox;

@ApplicationScoped
public class ConcludedConsumer {

  private final Inbox inbox;
  private final ApplicationService applications;

  ConcludedConsumer(Inbox inbox, ApplicationService applications) {
    this.inbox = inbox;
    this.applications = applications;
  }

  @Incoming("concluded")
  @Blocking
  public void onRecord(ConsumerRecord<String, String> record) {
    inbox.consume(
        "judicial-confirmation",
        record,
        Map.of(
            "agreement.issued.v1", applications::onIssued,
            "mediation.concluded.v1", applications::onConcluded));
  }
}
