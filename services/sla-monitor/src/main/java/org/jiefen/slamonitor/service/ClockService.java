package org.jiefen.slamonitor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jiefen.platform.inbox.EventHandler;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.slamonitor.domain.ClockScope;
import org.jiefen.slamonitor.domain.Deadline;
import org.jiefen.slamonitor.domain.DeadlineCalculator;
import org.jiefen.slamonitor.domain.PolicyBook;
import org.jiefen.slamonitor.domain.SlaPolicy;
import org.jiefen.slamonitor.messaging.out.DeadlineChanged;
import org.jiefen.slamonitor.messaging.out.DeadlineClosed;
import org.jiefen.slamonitor.messaging.out.DeadlineOpened;
import org.jiefen.slamonitor.repository.CalendarYearRepository;
import org.jiefen.slamonitor.repository.DeadlineRepository;
import org.jiefen.slamonitor.repository.DisputeHolderRepository;
import org.jiefen.slamonitor.repository.SlaPolicyRepository;
import org.jiefen.slamonitor.timer.PartitionOwnership;
import org.jiefen.slamonitor.timer.TimeSource;
import org.jiefen.slamonitor.timer.TimerHints;

/**
 * Drives the clocks from the lifecycle events, in the inbox's transaction: a policy's start event
 * opens its clock (a DISPUTE clock once per dispute, so it survives transfers), stop events close
 * it, pause/resume events stop and restart its count, extend events add days; a transfer hands the
 * previous center's STAGE clocks over, and a withdrawal cancels every clock. Each change and its
 * deadline.*.v1 event commit together.
 */
@ApplicationScoped
public class ClockService {

  private static final Logger LOG = Logger.getLogger(ClockService.class);

  /** The event types clocks react to: every type the services publish that a policy may name. */
  static final List<String> EVENTS =
      List.of(
          "dispute.received.v1",
          "dispute.routed.v1",
          "dispute.withdrawn.v1",
          "dispute.assigned.v1",
          "dispute.unassigned.v1",
          "mediation.accepted.v1",
          "mediation.declined.v1",
          "mediation.contacted.v1",
          "mediation.paused.v1",
          "mediation.resumed.v1",
          "mediation.extended.v1",
          "mediation.concluded.v1",
          "confirmation.requested.v1",
          "confirmation.refused.v1",
          "confirmation.accepted.v1",
          "confirmation.materialsrequested.v1",
          "confirmation.materialssupplied.v1",
          "confirmation.extended.v1",
          "confirmation.decided.v1",
          "dispute.acknowledged.v1");

  private final SlaPolicyRepository policies;
  private final CalendarYearRepository calendars;
  private final DeadlineRepository deadlines;
  private final DisputeHolderRepository holders;
  private final Outbox outbox;
  private final PartitionOwnership ownership;
  private final TimeSource time;
  private final TimerHints hints;
  private final String topic;
  private final ZoneId zone;
  private final Map<String, EventHandler> handlers;

  ClockService(
      SlaPolicyRepository policies,
      CalendarYearRepository calendars,
      DeadlineRepository deadlines,
      DisputeHolderRepository holders,
      Outbox outbox,
      PartitionOwnership ownership,
      TimeSource time,
      TimerHints hints,
      @ConfigProperty(name = "jiefen.topics.deadlines") String topic,
      @ConfigProperty(name = "jiefen.sla.zone") ZoneId zone) {
    this.hints = hints;
    this.policies = policies;
    this.calendars = calendars;
    this.deadlines = deadlines;
    this.holders = holders;
    this.outbox = outbox;
    this.ownership = ownership;
    this.time = time;
    this.topic = topic;
    this.zone = zone;
    this.handlers = EVENTS.stream().collect(Collectors.toMap(t -> t, t -> this::onEvent));
  }

  public Map<String, EventHandler> handlers() {
    return handlers;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void onEvent(IncomingEvent event) {
    // where the clock was advanced, the event happened that much later to the monitor: otherwise a
    // clock opened after the advance would start in the monitor's past and run out at once
    Instant at = time.shifted(Instant.parse(event.text("occurredAt")));
    if ("dispute.withdrawn.v1".equals(event.type())) {
      deadlines.runningOf(event.disputeId()).forEach(d -> end(d, at, event.type(), false));
      return;
    }
    handOver(event, at);
    if ("dispute.routed.v1".equals(event.type())) {
      holders.routed(event.disputeId(), event.text("centerCode"), occurredAt(event));
    }
    PolicyBook.Reaction reaction =
        new PolicyBook(policies.allOrdered()).react(event.type(), event.payload());
    if (reaction.none()) {
      // Normal, not an error: most events touch no clock, and policies are data loaded later.
      LOG.debugf("no policy reacts to %s %s", event.type(), event.eventId());
      return;
    }
    stop(event, reaction.stops(), at);
    pauseResumeExtend(event, reaction, at);
    open(event, reaction.starts(), at);
  }

  private void open(IncomingEvent event, List<SlaPolicy> starting, Instant at) {
    List<SlaPolicy> started =
        starting.stream()
            .filter(
                p ->
                    p.scope() == ClockScope.STAGE
                        || !deadlines.existsFor(event.disputeId(), p.clock()))
            .toList();
    if (started.isEmpty()) {
      return;
    }
    DeadlineCalculator calculator = new DeadlineCalculator(calendars.calendar());
    String eventCenter =
        event.text("centerCode") != null ? event.text("centerCode") : event.text("communityCode");
    var holder = holders.findByIdOptional(event.disputeId());
    Instant now = time.now();
    for (SlaPolicy policy : started) {
      String center =
          holder.isEmpty()
              ? eventCenter
              : holder.get().centerFor(policy.scope(), eventCenter, occurredAt(event)).orElse(null);
      if (center == null && holder.isPresent()) {
        LOG.infof(
            "%s of %s at %s not opened: the dispute had moved to %s before %s",
            policy.clock(),
            event.disputeId(),
            eventCenter,
            holder.get().centerCode(),
            event.eventId());
        continue;
      }
      Deadline deadline =
          Deadline.open(
                  policy,
                  calculator,
                  event.disputeId(),
                  center,
                  at,
                  event.eventId(),
                  zone,
                  ownership.partitionOf(event.disputeId()))
              .armFrom(now);
      deadlines.persist(deadline);
      outbox.publish(topic, DeadlineOpened.of(deadline));
      hints.afterCommit(deadline);
    }
  }

  private static Instant occurredAt(IncomingEvent event) {
    return Instant.parse(event.text("occurredAt"));
  }

  /**
   * A transfer ends the previous center's stage (its STAGE clocks are handed over) and moves the
   * dispute's own clocks to the receiving center, so their flags name the center that holds it.
   */
  private void handOver(IncomingEvent event, Instant at) {
    String previous = event.text("previousCenterCode");
    if (!"dispute.routed.v1".equals(event.type()) || previous == null) {
      return;
    }
    for (Deadline d : deadlines.runningOf(event.disputeId())) {
      if (d.scope() == ClockScope.STAGE && previous.equals(d.centerCode())) {
        d.handOver(at);
        outbox.publish(topic, DeadlineClosed.of(d, at, true, event.type()));
      } else if (d.scope() == ClockScope.DISPUTE && d.follow(event.text("centerCode"))) {
        outbox.publish(topic, DeadlineChanged.of(d, "TRANSFERRED", at));
      }
    }
  }

  /**
   * Closes the dispute's running clocks this event stops (a STAGE clock: at the event's center).
   */
  private void stop(IncomingEvent event, List<SlaPolicy> stopping, Instant at) {
    String center = event.text("centerCode");
    for (SlaPolicy policy : stopping) {
      for (Deadline d : deadlines.runningOf(event.disputeId(), policy.clock())) {
        if (d.scope() == ClockScope.STAGE && center != null && !center.equals(d.centerCode())) {
          continue;
        }
        end(d, at, event.type(), true);
      }
    }
  }

  private void end(Deadline d, Instant at, String cause, boolean stopped) {
    boolean met;
    if (stopped) {
      met = d.close(at);
    } else {
      d.cancel(at);
      met = true;
    }
    outbox.publish(topic, DeadlineClosed.of(d, at, met, cause));
  }

  private void pauseResumeExtend(IncomingEvent event, PolicyBook.Reaction reaction, Instant at) {
    DeadlineCalculator calculator = new DeadlineCalculator(calendars.calendar());
    Instant now = time.now();
    for (SlaPolicy policy : reaction.pauses()) {
      running(event, policy).filter(d -> d.pause(at)).forEach(d -> changed(d, "PAUSED", at));
    }
    for (SlaPolicy policy : reaction.resumes()) {
      running(event, policy)
          .filter(d -> d.resume(at, calculator, zone, now))
          .forEach(d -> changed(d, "RESUMED", at));
    }
    for (SlaPolicy policy : reaction.extensions()) {
      running(event, policy)
          .filter(d -> extend(d, policy.lifecycle(), event, calculator, now))
          .forEach(d -> changed(d, "EXTENDED", at));
    }
  }

  private java.util.stream.Stream<Deadline> running(IncomingEvent event, SlaPolicy policy) {
    return deadlines.runningOf(event.disputeId(), policy.clock()).stream();
  }

  private void changed(Deadline d, String change, Instant at) {
    outbox.publish(topic, DeadlineChanged.of(d, change, at));
    hints.afterCommit(d);
  }

  private boolean extend(
      Deadline d,
      SlaPolicy.Lifecycle life,
      IncomingEvent event,
      DeadlineCalculator calculator,
      Instant now) {
    if (life.maxExtensions() > 0 && d.extensions() >= life.maxExtensions()) {
      LOG.infof("%s of %s already extended %d times", d.clock(), d.disputeId(), d.extensions());
      return false;
    }
    int days =
        life.extendDays() != null ? life.extendDays() : event.payload().path("days").asInt(0);
    return d.extend(days, calculator, zone, now);
  }
}
