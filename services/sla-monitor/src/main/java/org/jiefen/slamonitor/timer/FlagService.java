package org.jiefen.slamonitor.timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.slamonitor.domain.Deadline;
import org.jiefen.slamonitor.domain.RaisedFlag;
import org.jiefen.slamonitor.messaging.out.SlaFlagRaised;
import org.jiefen.slamonitor.repository.DeadlineRepository;
import org.jiefen.slamonitor.repository.FlagTimer;
import org.jiefen.slamonitor.repository.RaisedFlagRepository;

/**
 * Raises the flags a batch of due timers owes, in one transaction: each clock is locked, checked to
 * still owe that flag for that version, moved on, and its flag row and event are written — so a
 * flag is raised exactly once, whatever crashes between the read and the commit.
 */
@ApplicationScoped
public class FlagService {

  private final DeadlineRepository deadlines;
  private final RaisedFlagRepository flags;
  private final Outbox outbox;
  private final String topic;
  private final CrashFault fault;

  FlagService(
      DeadlineRepository deadlines,
      RaisedFlagRepository flags,
      Outbox outbox,
      @ConfigProperty(name = "jiefen.topics.deadlines") String topic,
      CrashFault fault) {
    this.deadlines = deadlines;
    this.flags = flags;
    this.outbox = outbox;
    this.topic = topic;
    this.fault = fault;
  }

  /**
   * How many flags a batch raised (a timer whose clock moved on raises none), and the timers those
   * clocks owe next (a warned clock's overdue flag).
   */
  public record Raised(int count, List<FlagTimer> next) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Raised raise(List<FlagTimer> due, Instant now) {
    Map<String, Deadline> locked =
        deadlines.lockForFlag(due.stream().map(FlagTimer::deadlineId).toList()).stream()
            .collect(Collectors.toMap(Deadline::id, Function.identity()));
    int raised = 0;
    List<FlagTimer> next = new ArrayList<>();
    for (FlagTimer t : due) {
      Deadline d = locked.get(t.deadlineId());
      if (d == null || !d.raise(t.flag(), t.version(), now)) {
        continue;
      }
      SlaFlagRaised event = SlaFlagRaised.of(d, t.flag(), now);
      flags.persist(new RaisedFlag(d, t.flag(), now, event.eventId()));
      outbox.publish(topic, event);
      raised++;
      if (d.nextFlagAt() != null) {
        next.add(new FlagTimer(d.id(), d.version(), d.nextFlag(), d.nextFlagAt()));
      }
    }
    if (raised > 0 && fault.haltBeforeCommit()) {
      deadlines.flush();
      fault.halt();
    }
    return new Raised(raised, next);
  }
}
