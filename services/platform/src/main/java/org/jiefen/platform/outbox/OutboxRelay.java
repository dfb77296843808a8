package org.jiefen.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows in id order and marks them sent in the same transaction that
 * holds their row locks. A crash between the broker's ack and the commit re-sends those rows on
 * restart (at-least-once; consumers de-duplicate on event id). A failed send stops the batch at
 * that row, so a later event of the same dispute is never marked sent before an earlier one.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final OutboxRepository repository;
  private final OutboxPublisher publisher;
  private final int batchSize;
  private final OutboxRelayDisabled disabled;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
  private final AtomicBoolean wakeUpQueued = new AtomicBoolean();

  OutboxRelay(
      OutboxRepository repository,
      OutboxPublisher publisher,
      OutboxRelayDisabled disabled,
      @ConfigProperty(name = "jiefen.outbox.batch-size", defaultValue = "200") int batchSize) {
    this.repository = repository;
    this.publisher = publisher;
    this.disabled = disabled;
    this.batchSize = batchSize;
  }

  /**
   * Runs the relay soon after a transaction that wrote outbox rows commits. Coalesces: while a run
   * is queued, further wake-ups add nothing. The scheduled poll below stays as the safety net for
   * rows a crash or a failed send left behind.
   */
  public void wakeUp() {
    if (wakeUpQueued.compareAndSet(false, true)) {
      worker.execute(
          () -> {
            wakeUpQueued.set(false);
            if (!disabled.test(null)) {
              poll();
            }
          });
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  @Scheduled(
      every = "${jiefen.outbox.poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = OutboxRelayDisabled.class)
  synchronized void poll() {
    int published;
    do {
      published = relayBatch();
    } while (published == batchSize);
  }

  /** Publishes one batch; returns how many rows were marked sent. */
  public int relayBatch() {
    try {
      return QuarkusTransaction.requiringNew().call(this::publishLockedBatch);
    } catch (RuntimeException e) {
      LOG.warnf("outbox relay batch failed, will retry: %s", e.getMessage());
      return 0;
    }
  }

  private int publishLockedBatch() {
    List<OutboxEvent> rows = repository.lockOldestUnsent(batchSize);
    if (rows.isEmpty()) {
      return 0;
    }
    List<Future<RecordMetadata>> acks = rows.stream().map(publisher::send).toList();
    Instant now = Instant.now();
    int sent = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (!acknowledged(acks.get(i), rows.get(i))) {
        break;
      }
      rows.get(i).markSent(now);
      sent++;
    }
    return sent;
  }

  private boolean acknowledged(Future<RecordMetadata> ack, OutboxEvent row) {
    try {
      ack.get(30, TimeUnit.SECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      LOG.warnf("publishing %s %s failed: %s", row.eventType(), row.eventId(), e.getMessage());
      return false;
    }
  }
}
