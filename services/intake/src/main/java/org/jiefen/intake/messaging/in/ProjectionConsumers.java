package org.jiefen.intake.messaging.in;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jiefen.intake.projection.CaseViewProjection;
import org.jiefen.platform.inbox.Inbox;

/** One channel per producing service's topic; all feed the case-view projection. */
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
  @Blocking
  public void routing(ConsumerRecord<String, String> record) {
    inbox.consume(CONSUMER, record, projection.handlers());
  }

  @Incoming("mediation-events")
  @Blocking
  public void mediation(ConsumerRecord<String, String> record) {
    inbox.consume(CONSUMER, record, projection.handlers());
  }

  @Incoming("deadline-events")
  @Blocking
  public void deadlines(ConsumerRecord<String, String> record) {
    inbox.consume(CONSUMER, record, projection.handlers());
  }

  @Incoming("confirmation-events")
  @Blocking
  public void confirmations(ConsumerRecord<String, String> record) {
    inbox.consume(CONSUMER, record, projection.handlers());
  }
}
