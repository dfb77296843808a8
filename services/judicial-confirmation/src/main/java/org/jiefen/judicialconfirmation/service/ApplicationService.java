package org.jiefen.judicialconfirmation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.judicialconfirmation.config.CourtsConfig;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.judicialconfirmation.domain.CourtJurisdiction;
import org.jiefen.judicialconfirmation.messaging.out.ConfirmationRequested;
import org.jiefen.judicialconfirmation.repository.ApplicationRepository;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.events.InvalidEventException;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.platform.outbox.Outbox;

/**
 * Turns a settled agreement whose parties asked for confirmation into an application addressed to
 * the competent court; the application and its event commit with the inbox mark.
 */
@ApplicationScoped
public class ApplicationService {

  private final ApplicationRepository applications;
  private final CourtJurisdiction jurisdiction;
  private final Outbox outbox;
  private final String topic;

  ApplicationService(
      ApplicationRepository applications,
      CourtsConfig courts,
      Outbox outbox,
      @ConfigProperty(name = "jiefen.topics.applications") String topic) {
    this.applications = applications;
    this.jurisdiction = new CourtJurisdiction(courts.jurisdiction());
    this.outbox = outbox;
    this.topic = topic;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void onConcluded(IncomingEvent event) {
    boolean settled = "SETTLED".equals(event.text("outcome"));
    if (!settled || !event.payload().path("confirmationRequested").asBoolean()) {
      return;
    }
    if (applications.ofDispute(event.disputeId()).isPresent()) {
      return;
    }
    String center = event.text("centerCode");
    // No court to send it to is a configuration gap, not a transient fault: dead-letter at once.
    String court =
        jurisdiction
            .courtFor(center)
            .orElseThrow(
                () -> new InvalidEventException("no court has jurisdiction over " + center));
    var agreement = event.payload().path("agreement");
    Application application =
        Application.request(
            event.disputeId(),
            court,
            center,
            event.text("mediatorCode"),
            agreement.path("text").asText(),
            LocalDate.parse(agreement.path("effectiveOn").asText()),
            Instant.now());
    applications.persist(application);
    outbox.publish(
        topic, ConfirmationRequested.of(application, Actor.system("judicial-confirmation")));
  }
}
