package org.jiefen.judicialconfirmation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;

/**
 * An application for judicial confirmation (司法确认) of a settled mediation agreement, and the court's
 * work on it. Every transition checks the state it starts from; a refused one is a 409 that names
 * the current state, so a court's retry after a lost answer learns what happened.
 */
@Entity
@Table(name = "application")
public class Application {

  /** 民事诉讼法 Art. 205: apply within 30 days of the agreement taking effect. */
  static final int APPLY_WITHIN_DAYS = 30;

  /** 法释〔2011〕5号 Art. 5: the decision period may be extended once, by at most 10 days. */
  public static final int EXTENSION_DAYS = 10;

  private static final Set<ApplicationStatus> UNDER_REVIEW =
      Set.of(ApplicationStatus.ACCEPTED, ApplicationStatus.MATERIALS_REQUESTED);

  @Id String id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "court_code", nullable = false)
  String courtCode;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  @Column(name = "mediator_code", nullable = false)
  String mediatorCode;

  @Column(name = "organisation_name")
  String organisationName;

  @Column(name = "parties_json")
  String partiesJson;

  @Column(name = "agreement_text", nullable = false)
  String agreementText;

  @Column(name = "agreement_effective_on", nullable = false)
  LocalDate agreementEffectiveOn;

  @Column(name = "apply_by", nullable = false)
  LocalDate applyBy;

  @Column(name = "document_sha256")
  String documentSha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ApplicationStatus status;

  @Column(name = "requested_at", nullable = false)
  Instant requestedAt;

  @Column(name = "accepted_at")
  Instant acceptedAt;

  @Column(name = "accepted_by")
  String acceptedBy;

  @Column(name = "materials_items")
  String materialsItems;

  @Column(name = "materials_requested_at")
  Instant materialsRequestedAt;

  @Column(name = "materials_supplied_at")
  Instant materialsSuppliedAt;

  @Column(name = "materials_note")
  String materialsNote;

  @Column(name = "extended_at")
  Instant extendedAt;

  @Column(name = "extension_approved_by")
  String extensionApprovedBy;

  @Column(name = "extension_reason")
  String extensionReason;

  @Column(name = "decided_at")
  Instant decidedAt;

  @Column(name = "decided_by")
  String decidedBy;

  @Column(name = "ruling_number")
  String rulingNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason_code")
  RejectionGround reasonCode;

  @Column(name = "reason_text")
  String reasonText;

  @Version long version;

  protected Application() {}

  /** What a settled agreement brings to an application. */
  public record Agreement(
      String text,
      LocalDate effectiveOn,
      String organisationName,
      String partiesJson,
      String documentSha256) {}

  /**
   * The parties' joint application, addressed to the competent court — or, past the 30-day window
   * of 民事诉讼法 Art. 205 on the day it is made (Beijing time), refused without going to the court.
   */
  public static Application request(
      String disputeId,
      String courtCode,
      String centerCode,
      String mediatorCode,
      Agreement agreement,
      Instant now,
      ZoneId zone) {
    Application a = new Application();
    a.id = UUID.randomUUID().toString();
    a.disputeId = disputeId;
    a.courtCode = courtCode;
    a.centerCode = centerCode;
    a.mediatorCode = mediatorCode;
    a.agreementText = agreement.text();
    a.agreementEffectiveOn = agreement.effectiveOn();
    a.organisationName = agreement.organisationName();
    a.partiesJson = agreement.partiesJson();
    a.documentSha256 = agreement.documentSha256();
    a.applyBy = agreement.effectiveOn().plusDays(APPLY_WITHIN_DAYS);
    a.requestedAt = now;
    a.status =
        now.atZone(zone).toLocalDate().isAfter(a.applyBy)
            ? ApplicationStatus.REFUSED_LATE
            : ApplicationStatus.PENDING;
    return a;
  }

  /** 受理. */
  public void accept(String by, Instant at) {
    require(Set.of(ApplicationStatus.PENDING), "accepted");
    status = ApplicationStatus.ACCEPTED;
    acceptedAt = at;
    acceptedBy = by;
  }

  /** The court asks for supplementary materials; its decision clock pauses until they come. */
  public void requestMaterials(String itemsJson, Instant at) {
    require(Set.of(ApplicationStatus.ACCEPTED), "asked for materials");
    status = ApplicationStatus.MATERIALS_REQUESTED;
    materialsItems = itemsJson;
    materialsRequestedAt = at;
    materialsSuppliedAt = null;
    materialsNote = null;
  }

  /** The mediation side supplies what the court asked for; the review goes on. */
  public void supplyMaterials(String note, Instant at) {
    require(Set.of(ApplicationStatus.MATERIALS_REQUESTED), "supplied with materials");
    status = ApplicationStatus.ACCEPTED;
    materialsSuppliedAt = at;
    materialsNote = note;
  }

  /** +10 days once, with the court president's approval recorded. */
  public void extend(String approvedBy, String reason, Instant at) {
    require(UNDER_REVIEW, "extended");
    if (extendedAt != null) {
      throw ProblemException.conflict(
          "the decision period was already extended on " + extendedAt + " (once only)");
    }
    extendedAt = at;
    extensionApprovedBy = approvedBy;
    extensionReason = reason;
  }

  /**
   * The decision: CONFIRMED with the ruling's number, or REJECTED on a ground of Art. 7 (OTHER
   * needs words).
   *
   * @throws ProblemException 409 when not under review, 400 naming the field for bad input
   */
  public void decide(
      ApplicationStatus result,
      String rulingNumber,
      RejectionGround ground,
      String reasonText,
      String by,
      Instant at,
      ZoneId zone) {
    require(UNDER_REVIEW, "decided");
    checkDecision(result, rulingNumber, ground, reasonText, acceptedAt.atZone(zone).getYear());
    status = result;
    decidedAt = at;
    decidedBy = by;
    this.rulingNumber = result == ApplicationStatus.CONFIRMED ? rulingNumber.strip() : null;
    this.reasonCode = result == ApplicationStatus.REJECTED ? ground : null;
    this.reasonText = reasonText;
  }

  private static void checkDecision(
      ApplicationStatus result,
      String rulingNumber,
      RejectionGround ground,
      String reasonText,
      int acceptedYear) {
    if (result == ApplicationStatus.CONFIRMED) {
      String problem = RulingNumber.problem(rulingNumber, acceptedYear);
      if (problem != null) {
        throw ProblemException.invalidField("rulingNumber", problem);
      }
    } else if (result == ApplicationStatus.REJECTED) {
      if (ground == null) {
        throw ProblemException.invalidField(
            "reasonCode", "required for a REJECTED decision (法释〔2011〕5号 第七条)");
      }
      if (ground == RejectionGround.OTHER && (reasonText == null || reasonText.isBlank())) {
        throw ProblemException.invalidField("reason", "say which ground when reasonCode is OTHER");
      }
    } else {
      throw ProblemException.invalidFields(
          List.of(new FieldError("result", "must be CONFIRMED or REJECTED")));
    }
  }

  private void require(Set<ApplicationStatus> from, String verb) {
    if (!from.contains(status)) {
      throw ProblemException.conflict(
          "the application is %s; it cannot be %s".formatted(status, verb));
    }
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

  public String organisationName() {
    return organisationName;
  }

  public String partiesJson() {
    return partiesJson;
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

  public String documentSha256() {
    return documentSha256;
  }

  public ApplicationStatus status() {
    return status;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public String materialsItems() {
    return materialsItems;
  }

  public Instant materialsRequestedAt() {
    return materialsRequestedAt;
  }

  public Instant materialsSuppliedAt() {
    return materialsSuppliedAt;
  }

  public String materialsNote() {
    return materialsNote;
  }

  public Instant extendedAt() {
    return extendedAt;
  }

  public String extensionApprovedBy() {
    return extensionApprovedBy;
  }

  public String extensionReason() {
    return extensionReason;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String rulingNumber() {
    return rulingNumber;
  }

  public RejectionGround reasonCode() {
    return reasonCode;
  }

  public String reasonText() {
    return reasonText;
  }
}
