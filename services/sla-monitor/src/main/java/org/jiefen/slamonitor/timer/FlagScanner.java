package org.jiefen.slamonitor.timer;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jiefen.slamonitor.repository.DeadlineRepository;
import org.jiefen.slamonitor.repository.FlagTimer;

/**
 * Finds the flags that are due without a thread per clock or a scan of the whole table: the durable
 * index (deadline.partition_no, next_flag_at) is the source of truth; a bounded in-memory queue
 * holds the timers of this instance's partitions due within the horizon, refilled by range scans
 * (the way Zeebe's due-date column family and Temporal's timer queues work). Each tick raises what
 * is due, in batches, through {@link FlagService}, several batches at once (a burst is bound by
 * round trips to the database, not by this process). Losing the queue loses nothing: the next
 * refill reads the same rows again, and a raised flag never rises twice.
 */
@ApplicationScoped
public class FlagScanner {

  private static final Logger LOG = Logger.getLogger(FlagScanner.class);

  private final DeadlineRepository deadlines;
  private final FlagService flags;
  private final PartitionOwnership ownership;
  private final TimeSource time;
  private final Duration horizon;
  private final int capacity;
  private final int batch;
  private final int parallel;
  private final ExecutorService workers;

  private final PriorityQueue<FlagTimer> queue =
      new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
  private final Set<String> queued = new HashSet<>();
  private Instant filledUntil = Instant.EPOCH;
  private boolean lastFillWasFull;

  FlagScanner(
      DeadlineRepository deadlines,
      FlagService flags,
      PartitionOwnership ownership,
      TimeSource time,
      @ConfigProperty(name = "jiefen.sla.scan.horizon", defaultValue = "PT30S") Duration horizon,
      @ConfigProperty(name = "jiefen.sla.scan.capacity", defaultValue = "20000") int capacity,
      @ConfigProperty(name = "jiefen.sla.scan.batch", defaultValue = "500") int batch,
      @ConfigProperty(name = "jiefen.sla.scan.parallel", defaultValue = "2") int parallel) {
    this.deadlines = deadlines;
    this.flags = flags;
    this.ownership = ownership;
    this.time = time;
    this.horizon = horizon;
    this.capacity = capacity;
    this.batch = batch;
    this.parallel = Math.max(1, parallel);
    this.workers =
        Executors.newFixedThreadPool(
            this.parallel,
            r -> {
              Thread t = new Thread(r, "sla-flag-raiser");
              t.setDaemon(true);
              return t;
            });
  }

  /** Every second: refill when the horizon runs short, then raise everything due. */
  @Scheduled(
      every = "${jiefen.sla.scan.tick:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  public synchronized void tick() {
    time.refresh();
    Instant now = time.now();
    if (lastFillWasFull ? queue.isEmpty() : !now.plus(horizon.dividedBy(2)).isBefore(filledUntil)) {
      refill(now);
    }
    List<List<FlagTimer>> batches = new ArrayList<>();
    List<FlagTimer> due = new ArrayList<>();
    while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
      FlagTimer t = queue.poll();
      queued.remove(key(t));
      due.add(t);
      if (due.size() == batch) {
        batches.add(due);
        due = new ArrayList<>();
        if (batches.size() == parallel) {
          raise(batches, now);
          batches = new ArrayList<>();
        }
      }
      if (queue.isEmpty() && lastFillWasFull) {
        refill(now);
      }
    }
    if (!due.isEmpty()) {
      batches.add(due);
    }
    if (!batches.isEmpty()) {
      raise(batches, now);
    }
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }

  /**
   * A timer set after the last refill read its range (see {@link TimerHints}): queued now if it
   * falls inside that range on a partition this instance owns; later ones the next refill reads
   * anyway.
   */
  public synchronized void offer(int partition, FlagTimer t) {
    if (t.at().isBefore(filledUntil)
        && ownership.owned().contains(partition)
        && queue.size() < capacity
        && queued.add(key(t))) {
      queue.add(t);
    }
  }

  /** Forgets the queue and reads again at once (after the clock was advanced). */
  public synchronized void reset() {
    queue.clear();
    queued.clear();
    filledUntil = Instant.EPOCH;
    lastFillWasFull = false;
  }

  private void refill(Instant now) {
    Set<Integer> partitions = ownership.owned();
    if (partitions.isEmpty()) {
      return;
    }
    Instant until = now.plus(horizon);
    List<FlagTimer> timers =
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
            .call(() -> deadlines.timersDue(partitions, until, capacity));
    for (FlagTimer t : timers) {
      if (queued.add(key(t))) {
        queue.add(t);
      }
    }
    lastFillWasFull = timers.size() == capacity;
    filledUntil = lastFillWasFull ? timers.get(timers.size() - 1).at() : until;
  }

  /**
   * Raises the batches at once, each in its own transaction on its own connection; they hold
   * different clocks, and a clock another transaction holds is skipped, never waited for.
   */
  private void raise(List<List<FlagTimer>> batches, Instant now) {
    List<Future<FlagService.Raised>> running = new ArrayList<>();
    for (List<FlagTimer> due : batches) {
      running.add(workers.submit(() -> flags.raise(due, now)));
    }
    for (int i = 0; i < running.size(); i++) {
      try {
        FlagService.Raised raised = running.get(i).get();
        LOG.debugf("raised %d of %d due flags", raised.count(), batches.get(i).size());
        // a warning's clock now owes its overdue flag, maybe inside the range already read
        for (FlagTimer next : raised.next()) {
          if (next.at().isBefore(filledUntil) && queued.add(key(next))) {
            queue.add(next);
          }
        }
      } catch (ExecutionException e) {
        // The rows stay as they were: the next refill finds them again.
        LOG.warnf(
            "raising %d flags failed, will retry: %s",
            batches.get(i).size(), e.getCause().getMessage());
        filledUntil = Instant.EPOCH;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        filledUntil = Instant.EPOCH;
        return;
      }
    }
  }

  private static String key(FlagTimer t) {
    return t.deadlineId() + "/" + t.version() + "/" + t.flag();
  }
}
