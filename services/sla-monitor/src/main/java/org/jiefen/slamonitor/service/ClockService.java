package org.jiefen.slamonitor.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.jiefen.slamonitor.domain.Deadline;
import org.jiefen.slamonitor.domain.DeadlineCalculator;
import org.jiefen.slamonitor.domain.PolicyCondition;
import org.jiefen.slamonitor.domain.SlaPolicy;
import org.jiefen.slamonitor.messaging.out.DeadlineClosed;
import org.jiefen.slamonitor.messaging.out.DeadlineOpened;
import org.jiefen.slamonitor.repository.CalendarYearRepository;
import org.jiefen.slamonitor.repository.DeadlineRepository;
import org.jiefen.slamonitor.repository.SlaPolicyRepository;

/**
 * Opens every clock whose policy names the arriving event as its start and whose condition the
 * event meets; each deadline and its deadline.opened.v1 commit in the inbox's transaction.
 */
@ApplicationScoped
public class ClockService {

  private static final Logger LOG = Logger.getLogger(ClockService.class);

  /** The event types a policy may start on: every type the services publish today. */
  static final List<String> START_EVENTS =
      List.of(
          "dispute.received.v1",
          "dispute.routed.v1",
          "dispute.assigned.v1",
          "dispute.unassigned.v1",
          "mediation.accepted.v1",
          "mediation.declined.v1",
          "mediation.contacted.v1",
          "mediation.concluded.v1",
          "confirmation.requested.v1",
          "confirmation.refused.v1",
          "confirmation.accepted.v1",
          "confirmation.decided.v1",
          "dispute.acknowledged.v1");

  private final SlaPolicyRepository policies;
  private final CalendarYearRepository calendars;
  private final DeadlineRepository deadlines;
  private final Outbox outbox;
  private final ObjectMapper mapper;
  private final String topic;
  private final ZoneId zone;
  private final Map<String, EventHandler> handlers;

  ClockService(
      SlaPolicyRepository policies,
      CalendarYearRepository calendars,
      DeadlineRepository deadlines,
      Outbox outbox,
      ObjectMapper mapper,
      @ConfigProperty(name = "jiefen.topics.deadlines") String topic,
      @ConfigProperty(name = "jiefen.sla.zone") ZoneId zone) {
    this.policies = policies;
    this.calendars = calendars;
    this.deadlines = deadlines;
    this.outbox = outbox;
    this.mapper = mapper;
    this.topic = topic;
    this.zone = zone;
    this.handlers = START_EVENTS.stream().collect(Collectors.toMap(t -> t, t -> this::onEvent));
  }

  public Map<String, EventHandler> handlers() {
    return handlers;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void onEvent(IncomingEvent event) {
    stopClocks(event);
    List<SlaPolicy> started =
        policies.startedBy(event.type()).stream()
            .filter(p -> PolicyCondition.matches(condition(p), event.payload()))
            .toList();
    if (started.isEmpty()) {
      // Normal, not an error: most events start no clock, and policies are data loaded later.
      LOG.debugf("no policy starts on %s %s", event.type(), event.eventId());
      return;
    }
    DeadlineCalculator calculator = new DeadlineCalculator(calendars.calendar());
    Instant startedAt = Instant.parse(event.text("occurredAt"));
    String center =
        event.text("centerCode") != null ? event.text("centerCode") : event.text("communityCode");
    for (SlaPolicy policy : started) {
      Deadline deadline =
          Deadline.open(
              policy, calculator, event.disputeId(), center, startedAt, event.eventId(), zone);
      deadlines.persist(deadline);
      outbox.publish(topic, DeadlineOpened.of(deadline));
    }
  }

  /**
   * Closes the dispute's open clocks this event stops (at the event's center when it names one).
   */
  private void stopClocks(IncomingEvent event) {
    Instant at = Instant.parse(event.text("occurredAt"));
    String center = event.text("centerCode");
    for (SlaPolicy policy : policies.stoppedBy(event.type())) {
      for (Deadline deadline : deadlines.openOf(event.disputeId(), policy.clock())) {
        if (center != null && !center.equals(deadline.centerCode())) {
          continue;
        }
        boolean met = deadline.close(at);
        outbox.publish(topic, DeadlineClosed.of(deadline, at, met, event.type()));
      }
    }
  }

  private JsonNode condition(SlaPolicy policy) {
    if (policy.condition() == null) {
      return null;
    }
    try {
      return mapper.readTree(policy.condition());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("policy " + policy.clock() + " has a malformed condition", e);
    }
  }
}
