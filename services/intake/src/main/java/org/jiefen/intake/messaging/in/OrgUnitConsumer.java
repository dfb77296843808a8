package org.jiefen.intake.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.intake.service.ReferenceData;
import org.jiefen.platform.inbox.Inbox;

/** Keeps intake's org-tree replica current from routing's compacted org-unit topic. */
@ApplicationScoped
public class OrgUnitConsumer {

  private final Inbox inbox;
  private final ReferenceData reference;

  OrgUnitConsumer(Inbox inbox, ReferenceData reference) {
    this.inbox = inbox;
    this.reference = reference;
  }

  @Incoming("org-units")
  @Blocking
  public void onRecord(ConsumerRecord<String, String> record) {
    inbox.consume(
        "intake-orgunits", record, Map.of("orgunit.changed.v1", reference::orgUnitChanged));
  }
}
