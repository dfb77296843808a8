package org.jiefen.slamonitor.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jiefen.platform.inbox.EventHandler;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.slamonitor.domain.ClockScope;
import org.jiefen.slamonitor.domain.Deadline;
import org.jiefen.slamonitor.domain.DeadlineCalculator;
import org.jiefen.slamonitor.domain.PolicyCondition;
import org.jiefen.slamonitor.domain.SlaPolicy;
import org.jiefen.slamonitor.messaging.out.DeadlineChanged;
import org.jiefen.slamonitor.messaging.out.DeadlineClosed;
import org.jiefen.slamonitor.messaging.out.DeadlineOpened;
import org.jiefen.slamonitor.repository.CalendarYearRepository;
import org.jiefen.slamonitor.repository.DeadlineRepository;
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
  private final Outbox outbox;
  private final ObjectMapper mapper;
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
      Outbox outbox,
      ObjectMapper mapper,
      PartitionOwnership ownership,
      TimeSource time,
      TimerHints hints,
      @ConfigProperty(name = "jiefen.topics.deadlines") String topic,
      @ConfigProperty(name = "jiefen.sla.zone") ZoneId zone) {
    this.hints = hints;
    this.policies = policies;
    this.calendars = calendars;
    this.deadlines = deadlines;
    this.outbox = outbox;
    this.mapper = mapper;
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
    stop(event, at);
    pauseResumeExtend(event, at);
    open(event, at);
  }

  private void open(IncomingEvent event, Instant at) {
    List<SlaPolicy> started =
        policies.startedBy(event.type()).stream()
            .filter(p -> PolicyCondition.matches(json(p.condition()), event.payload()))
            .filter(
                p ->
                    p.scope() == ClockScope.STAGE
                        || !deadlines.existsFor(event.disputeId(), p.clock()))
            .toList();
    if (started.isEmpty()) {
      // Normal, not an error: most events start no clock, and policies are data loaded later.
      LOG.debugf("no policy starts on %s %s", event.type(), event.eventId());
      return;
    }
    DeadlineCalculator calculator = new DeadlineCalculator(calendars.calendar());
    String center =
        event.text("centerCode") != null ? event.text("centerCode") : event.text("communityCode");
    Instant now = time.now();
    for (SlaPolicy policy : started) {
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
  private void stop(IncomingEvent event, Instant at) {
    String center = event.text("centerCode");
    for (SlaPolicy policy : policies.stoppedBy(event.type())) {
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

  private void pauseResumeExtend(IncomingEvent event, Instant at) {
    Set<SlaPolicy> touched = new LinkedHashSet<>();
    touched.addAll(policies.reactingTo(event.type()));
    if (touched.isEmpty()) {
      return;
    }
    DeadlineCalculator calculator = new DeadlineCalculator(calendars.calendar());
    Instant now = time.now();
    for (SlaPolicy policy : touched) {
      SlaPolicy.Lifecycle life = policy.lifecycle();
      for (Deadline d : deadlines.runningOf(event.disputeId(), policy.clock())) {
        String change = null;
        if (life.pauseEvents().contains(event.type())
            && PolicyCondition.matches(json(life.pauseCondition()), event.payload())
            && d.pause(at)) {
          change = "PAUSED";
        } else if (life.resumeEvents().contains(event.type())
            && d.resume(at, calculator, zone, now)) {
          change = "RESUMED";
        } else if (life.extendEvents().contains(event.type())) {
          change = extend(d, life, event, calculator, now);
        }
        if (change != null) {
          outbox.publish(topic, DeadlineChanged.of(d, change, at));
          hints.afterCommit(d);
        }
      }
    }
  }

  private String extend(
      Deadline d,
      SlaPolicy.Lifecycle life,
      IncomingEvent event,
      DeadlineCalculator calculator,
      Instant now) {
    if (life.maxExtensions() > 0 && d.extensions() >= life.maxExtensions()) {
      LOG.infof("%s of %s already extended %d times", d.clock(), d.disputeId(), d.extensions());
      return null;
    }
    int days =
        life.extendDays() != null ? life.extendDays() : event.payload().path("days").asInt(0);
    return d.extend(days, calculator, zone, now) ? "EXTENDED" : null;
  }

  private JsonNode json(String condition) {
    if (condition == null) {
      return null;
    }
    try {
      return mapper.readTree(condition);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a policy has a malformed condition: " + condition, e);
    }
  }
}
