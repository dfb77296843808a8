package org.jiefen.judicialconfirmation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.judicialconfirmation.domain.ApplicationStatus;
import org.jiefen.judicialconfirmation.domain.RejectionGround;
import org.jiefen.judicialconfirmation.messaging.out.ConfirmationEvents;
import org.jiefen.judicialconfirmation.repository.ApplicationRepository;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * What a court does to an application addressed to it. Each change, its confirmation.*.v1 event and
 * the court's own callback commit together, inside the idempotency transaction that stores the
 * answer (IdempotentCourtWrites).
 */
@ApplicationScoped
public class CourtCommands {

  private final ApplicationRepository applications;
  private final CourtNotifications notifications;
  private final Outbox outbox;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final String topic;
  private final ZoneId zone;

  CourtCommands(
      ApplicationRepository applications,
      CourtNotifications notifications,
      Outbox outbox,
      Caller caller,
      ObjectMapper mapper,
      @ConfigProperty(name = "jiefen.topics.applications") String topic,
      @ConfigProperty(name = "jiefen.confirmation.zone", defaultValue = "Asia/Shanghai")
          ZoneId zone) {
    this.applications = applications;
    this.notifications = notifications;
    this.outbox = outbox;
    this.caller = caller;
    this.mapper = mapper;
    this.topic = topic;
    this.zone = zone;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Application accept(String id) {
    Application a = mine(id);
    Instant now = Instant.now();
    a.accept(caller.username(), now);
    announce(
        a,
        ConfirmationEvents.Accepted.of(a, caller.actor(), now),
        ConfirmationEvents.Accepted.TYPE);
    return a;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Application requestMaterials(String id, List<String> items) {
    Application a = mine(id);
    Instant now = Instant.now();
    a.requestMaterials(json(items), now);
    announce(
        a,
        ConfirmationEvents.MaterialsRequested.of(a, caller.actor(), items, now),
        ConfirmationEvents.MaterialsRequested.TYPE);
    return a;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Application extend(String id, String approvedBy, String reason) {
    Application a = mine(id);
    Instant now = Instant.now();
    a.extend(approvedBy, reason, now);
    announce(
        a,
        ConfirmationEvents.Extended.of(a, caller.actor(), now),
        ConfirmationEvents.Extended.TYPE);
    return a;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Application decide(
      String id,
      ApplicationStatus result,
      String rulingNumber,
      RejectionGround ground,
      String reason) {
    Application a = mine(id);
    Instant now = Instant.now();
    a.decide(result, rulingNumber, ground, reason, caller.username(), now, zone);
    announce(
        a, ConfirmationEvents.Decided.of(a, caller.actor(), now), ConfirmationEvents.Decided.TYPE);
    return a;
  }

  /** The application if it is addressed to the calling court, locked; else 404. */
  private Application mine(String id) {
    String court = caller.courtCode();
    return (court == null
            ? java.util.Optional.<Application>empty()
            : applications.lockForCourt(id, court))
        .orElseThrow(() -> ProblemException.notFound("application " + id));
  }

  private void announce(Application a, Object event, String type) {
    outbox.publish(topic, event);
    notifications.changed(a, type);
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise", e);
    }
  }
}
