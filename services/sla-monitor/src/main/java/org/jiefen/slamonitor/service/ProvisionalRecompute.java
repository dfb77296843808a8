package org.jiefen.slamonitor.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.slamonitor.domain.Deadline;
import org.jiefen.slamonitor.domain.DeadlineCalculator;
import org.jiefen.slamonitor.messaging.out.DeadlineChanged;
import org.jiefen.slamonitor.repository.CalendarYearRepository;
import org.jiefen.slamonitor.repository.DeadlineRepository;
import org.jiefen.slamonitor.timer.TimeSource;
import org.jiefen.slamonitor.timer.TimerHints;

/**
 * Recomputes the running provisional deadlines with the notices loaded now: after a holiday notice
 * is loaded, and once at start-up so a monitor stopped half-way through loses nothing. In December
 * a province has millions of clocks running into the next year, so it walks them by key through the
 * (provisional, state, id) index, a chunk per transaction — never all at once, never a table scan.
 * Two instances doing it at once are harmless: rows are locked per chunk, and a deadline already
 * recomputed does not change again, so nothing is announced twice.
 */
@ApplicationScoped
public class ProvisionalRecompute {

  private static final Logger LOG = Logger.getLogger(ProvisionalRecompute.class);

  private final DeadlineRepository deadlines;
  private final CalendarYearRepository calendars;
  private final Outbox outbox;
  private final TimeSource time;
  private final TimerHints hints;
  private final String topic;
  private final ZoneId zone;
  private final int chunk;

  ProvisionalRecompute(
      DeadlineRepository deadlines,
      CalendarYearRepository calendars,
      Outbox outbox,
      TimeSource time,
      TimerHints hints,
      @ConfigProperty(name = "jiefen.topics.deadlines") String topic,
      @ConfigProperty(name = "jiefen.sla.zone") ZoneId zone,
      @ConfigProperty(name = "jiefen.sla.recompute.chunk", defaultValue = "500") int chunk) {
    this.deadlines = deadlines;
    this.calendars = calendars;
    this.outbox = outbox;
    this.time = time;
    this.hints = hints;
    this.topic = topic;
    this.zone = zone;
    this.chunk = chunk;
  }

  void onStart(@Observes StartupEvent start) {
    Thread pass = new Thread(this::runLogged, "sla-provisional-recompute");
    pass.setDaemon(true);
    pass.start();
  }

  private void runLogged() {
    try {
      int changed = run();
      if (changed > 0) {
        LOG.infof("%d provisional deadlines recomputed at start-up", changed);
      }
    } catch (RuntimeException e) {
      LOG.warn("provisional deadlines not recomputed at start-up; loading a notice again will", e);
    }
  }

  /** Returns how many deadlines changed (their due date, or whether it is provisional). */
  public int run() {
    int changed = 0;
    for (String state : List.of(Deadline.OPEN, Deadline.PAUSED, Deadline.OVERDUE)) {
      String after = "";
      while (after != null) {
        Chunk done = QuarkusTransaction.requiringNew().call(chunkOf(state, after));
        changed += done.changed();
        after = done.lastId();
      }
    }
    return changed;
  }

  private record Chunk(int changed, String lastId) {}

  private java.util.concurrent.Callable<Chunk> chunkOf(String state, String after) {
    return () -> {
      List<Deadline> rows = deadlines.provisionalRunning(state, after, chunk);
      DeadlineCalculator calculator = new DeadlineCalculator(calendars.calendar());
      java.time.Instant now = time.now();
      int changed = 0;
      for (Deadline d : rows) {
        if (d.recompute(calculator, zone, now) || !d.provisional()) {
          outbox.publish(topic, DeadlineChanged.of(d, "RECOMPUTED", now));
          hints.afterCommit(d);
          changed++;
        }
      }
      return new Chunk(changed, rows.size() < chunk ? null : rows.get(rows.size() - 1).id());
    };
  }
}
