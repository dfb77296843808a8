package org.jiefen.judicialconfirmation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An application for judicial confirmation (司法确认) of a settled mediation agreement. */
@Entity
@Table(name = "application")
public class Application {

  /** 民事诉讼法 Art. 205: apply within 30 days of the agreement taking effect. */
  static final int APPLY_WITHIN_DAYS = 30;

  @Id String id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "court_code", nullable = false)
  String courtCode;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  @Column(name = "mediator_code", nullable = false)
  String mediatorCode;

  @Column(name = "agreement_text", nullable = false)
  String agreementText;

  @Column(name = "agreement_effective_on", nullable = false)
  LocalDate agreementEffectiveOn;

  @Column(name = "apply_by", nullable = false)
  LocalDate applyBy;

  @Column(nullable = false)
  String status;

  @Column(name = "requested_at", nullable = false)
  Instant requestedAt;

  protected Application() {}

  public static Application request(
      String disputeId,
      String courtCode,
      String centerCode,
      String mediatorCode,
      String agreementText,
      LocalDate effectiveOn,
      Instant now) {
    Application a = new Application();
    a.id = UUID.randomUUID().toString();
    a.disputeId = disputeId;
    a.courtCode = courtCode;
    a.centerCode = centerCode;
    a.mediatorCode = mediatorCode;
    a.agreementText = agreementText;
    a.agreementEffectiveOn = effectiveOn;
    a.applyBy = effectiveOn.plusDays(APPLY_WITHIN_DAYS);
    a.status = "REQUESTED";
    a.requestedAt = now;
    return a;
  }

  public String id() {
    return id;
  }

  public String disputeId() {
    return disputeId;
  }

  public String courtCode() {
    return courtCode;
  }

  public String centerCode() {
    return centerCode;
  }

  public String mediatorCode() {
    return mediatorCode;
  }

  public String agreementText() {
    return agreementText;
  }

  public LocalDate agreementEffectiveOn() {
    return agreementEffectiveOn;
  }

  public LocalDate applyBy() {
    return applyBy;
  }

  public String status() {
    return status;
  }

  public Instant requestedAt() {
    return requestedAt;
  }
}
