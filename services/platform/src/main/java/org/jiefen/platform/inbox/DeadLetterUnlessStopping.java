package org.jiefen.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Every channel's failure strategy (ADR 0001, ADR 0020): the dead-letter topic, except while the
 * service is stopping. A record that fails then failed because the service was going away — the
 * persistence unit closes while the last records are in their handlers ("EntityManagerFactory is
 * closed") — not because of anything in it. Dead-lettering it lost a routing or an assignment on
 * every graceful stop under load; now it is neither acknowledged nor dead-lettered, its offset is
 * not committed, and the next instance to own the partition consumes it again (the inbox makes that
 * harmless).
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.NAME)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

  public static final String NAME = "dead-letter-unless-stopping";
  private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopping.class);

  private final KafkaFailureHandler.Factory deadLetterQueue;
  private volatile boolean stopping;

  DeadLetterUnlessStopping(
      @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
          KafkaFailureHandler.Factory deadLetterQueue) {
    this.deadLetterQueue = deadLetterQueue;
  }

  /** Early among the shutdown observers: before messaging and the persistence unit close. */
  void onStop(@Observes @Priority(1) ShutdownEvent event) {
    stopping = true;
  }

  boolean stopping() {
    return stopping;
  }

  @Override
  public KafkaFailureHandler create(
      KafkaConnectorIncomingConfiguration config,
      Vertx vertx,
      KafkaConsumer<?, ?> consumer,
      BiConsumer<Throwable, Boolean> reportFailure) {
    KafkaFailureHandler dlq = deadLetterQueue.create(config, vertx, consumer, reportFailure);
    return new KafkaFailureHandler() {
      @Override
      public <K, V> Uni<Void> handle(
          IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
        if (stopping) {
          LOG.infof(
              "stopping: %s-%d@%d failed (%s); left unacknowledged for the next consumer",
              record.getTopic(), record.getPartition(), record.getOffset(), reason.getMessage());
          return Uni.createFrom().nothing();
        }
        return dlq.handle(record, reason, metadata);
      }

      @Override
      public void terminate() {
        dlq.terminate();
      }
    };
  }
}
