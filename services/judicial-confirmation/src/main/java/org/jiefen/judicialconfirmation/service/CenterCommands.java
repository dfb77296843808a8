package org.jiefen.judicialconfirmation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.judicialconfirmation.messaging.out.ConfirmationEvents;
import org.jiefen.judicialconfirmation.repository.ApplicationRepository;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * The mediation side answers the court: center staff or a mediator in the center's scope supply the
 * materials the court asked for. The court hears of it through its callback.
 */
@ApplicationScoped
public class CenterCommands {

  private final ApplicationRepository applications;
  private final CourtNotifications notifications;
  private final Outbox outbox;
  private final Caller caller;
  private final String topic;

  CenterCommands(
      ApplicationRepository applications,
      CourtNotifications notifications,
      Outbox outbox,
      Caller caller,
      @ConfigProperty(name = "jiefen.topics.applications") String topic) {
    this.applications = applications;
    this.notifications = notifications;
    this.outbox = outbox;
    this.caller = caller;
    this.topic = topic;
  }

  @Transactional
  public Application supply(String id, String note) {
    Application a =
        applications
            .findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .filter(found -> caller.covers(found.centerCode()))
            .orElseThrow(() -> ProblemException.notFound("application " + id));
    if (!caller.hasRole("center-staff") && !caller.hasRole("mediator")) {
      throw new ProblemException(
          403, "Forbidden", "center staff or a mediator supply materials", List.of());
    }
    Instant now = Instant.now();
    a.supplyMaterials(note, now);
    outbox.publish(topic, ConfirmationEvents.MaterialsSupplied.of(a, caller.actor(), now));
    notifications.changed(a, ConfirmationEvents.MaterialsSupplied.TYPE);
    return a;
  }
}
