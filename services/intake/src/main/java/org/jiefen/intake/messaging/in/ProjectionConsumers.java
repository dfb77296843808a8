package org.jiefen.intake.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.intake.projection.CaseViewProjection;
import org.jiefen.platform.inbox.Inbox;

/** One channel per producing service's topic, all feeding the case-view projection. */
@ApplicationScoped
public class ProjectionConsumers {

  static final String CONSUMER = "intake-projection";

  private final Inbox inbox;
  private final CaseViewProjection projection;

  ProjectionConsumers(Inbox inbox, CaseViewProjection projection) {
    this.inbox = inbox;
    this.projection = projection;
  }

  @Incoming("routing-events")
  @Incoming("mediation-events")
  @Incoming("deadline-events")
  @Incoming("confirmation-events")
  @Blocking
  public void onRecord(ConsumerRecord<String, String> record) {
    inbox.consume(CONSUMER, record, projection.handlers());
  }
}
