package org.jiefen.judicialconfirmation.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.judicialconfirmation.config.CourtsConfig;
import org.jiefen.judicialconfirmation.domain.AgreementDocument;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.judicialconfirmation.domain.ApplicationStatus;
import org.jiefen.judicialconfirmation.domain.CourtJurisdiction;
import org.jiefen.judicialconfirmation.messaging.out.ConfirmationEvents;
import org.jiefen.judicialconfirmation.messaging.out.ConfirmationRequested;
import org.jiefen.judicialconfirmation.repository.AgreementDocumentRepository;
import org.jiefen.judicialconfirmation.repository.ApplicationRepository;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.events.InvalidEventException;
import org.jiefen.platform.inbox.IncomingEvent;
import org.jiefen.platform.outbox.Outbox;

/**
 * Turns a settled agreement whose parties asked for confirmation into an application addressed to
 * the competent court — with the agreement's PDF that came before it on the same partition — or
 * refuses it when the 30-day window has passed. The application and its event commit with the inbox
 * mark.
 */
@ApplicationScoped
public class ApplicationService {

  private static final Actor SYSTEM = Actor.system("judicial-confirmation");

  private final ApplicationRepository applications;
  private final AgreementDocumentRepository documents;
  private final CourtJurisdiction jurisdiction;
  private final Outbox outbox;
  private final CourtNotifications notifications;
  private final String topic;
  private final ZoneId zone;

  ApplicationService(
      ApplicationRepository applications,
      AgreementDocumentRepository documents,
      CourtsConfig courts,
      Outbox outbox,
      CourtNotifications notifications,
      @ConfigProperty(name = "jiefen.topics.applications") String topic,
      @ConfigProperty(name = "jiefen.confirmation.zone", defaultValue = "Asia/Shanghai")
          ZoneId zone) {
    this.applications = applications;
    this.documents = documents;
    this.jurisdiction = new CourtJurisdiction(courts.jurisdiction());
    this.outbox = outbox;
    this.notifications = notifications;
    this.topic = topic;
    this.zone = zone;
  }

  /** Keeps the issued agreement PDF, once, if its bytes match the hash it came with. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void onIssued(IncomingEvent event) {
    if (documents.findByIdOptional(event.disputeId()).isPresent()) {
      return;
    }
    byte[] pdf;
    try {
      pdf = Base64.getDecoder().decode(event.text("contentBase64"));
    } catch (IllegalArgumentException e) {
      throw new InvalidEventException("agreement content is not base64");
    }
    String sha256 = Hashes.sha256(pdf);
    if (!sha256.equals(event.text("sha256"))) {
      // Altered or truncated on the way: never put such a document before a court.
      throw new InvalidEventException("agreement bytes do not match their SHA-256");
    }
    JsonNode p = event.payload();
    documents.persist(
        new AgreementDocument(
            event.disputeId(),
            event.text("documentId"),
            sha256,
            pdf,
            p.path("organisation").path("name").asText(),
            p.path("parties").toString(),
            Instant.now()));
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
    JsonNode agreement = event.payload().path("agreement");
    AgreementDocument doc = documents.findByIdOptional(event.disputeId()).orElse(null);
    Application application =
        Application.request(
            event.disputeId(),
            court,
            center,
            event.text("mediatorCode"),
            new Application.Agreement(
                agreement.path("text").asText(),
                LocalDate.parse(agreement.path("effectiveOn").asText()),
                doc == null ? null : doc.organisationName(),
                doc == null ? null : doc.partiesJson(),
                doc == null ? null : doc.sha256()),
            Instant.parse(event.text("occurredAt")),
            zone);
    applications.persist(application);
    if (application.status() == ApplicationStatus.REFUSED_LATE) {
      outbox.publish(topic, ConfirmationEvents.Refused.of(application, SYSTEM));
      return;
    }
    outbox.publish(topic, ConfirmationRequested.of(application, SYSTEM));
    notifications.changed(application, ConfirmationRequested.TYPE);
  }
}
