package org.jiefen.slamonitor.timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jiefen.slamonitor.domain.Deadline;
import org.jiefen.slamonitor.repository.FlagTimer;

/**
 * Tells this instance's scanner of a clock whose timer was just set, once the transaction setting
 * it commits: a clock opened late, resumed or recomputed may be due inside the horizon the scanner
 * already read, and would otherwise wait for the next refill. Only a hint — the durable index stays
 * the truth, and a hint lost with a crash is found by the next range scan.
 */
@ApplicationScoped
public class TimerHints {

  private final TransactionSynchronizationRegistry registry;
  private final FlagScanner scanner;

  TimerHints(TransactionSynchronizationRegistry registry, FlagScanner scanner) {
    this.registry = registry;
    this.scanner = scanner;
  }

  public void afterCommit(Deadline d) {
    if (d.nextFlagAt() == null) {
      return;
    }
    int partition = d.partition();
    FlagTimer timer = new FlagTimer(d.id(), d.version(), d.nextFlag(), d.nextFlagAt());
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              scanner.offer(partition, timer);
            }
          }
        });
  }
}
