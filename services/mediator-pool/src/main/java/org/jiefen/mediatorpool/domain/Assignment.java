package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jiefen.platform.problem.ProblemException;

/**
 * One assignment decision for a dispute and, once concluded, its outcome. The dispute's newest row
 * is its current assignment; older rows stay as history. The trace is kept as JSON for the
 * citizen's explanation, and the category and center as routing sent them, so that a later
 * reassignment or transfer needs nothing from other services.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "dispute_id", nullable = false, updatable = false)
  String disputeId;

  @Column(name = "routed_event_id", nullable = false, updatable = false)
  String routedEventId;

  @Column(name = "center_code", nullable = false, updatable = false)
  String centerCode;

  @Column(nullable = false, updatable = false)
  String category;

  @Column(name = "mediator_code", updatable = false)
  String mediatorCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  AssignmentStatus status;

  String reason;

  @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
  String trace;

  /** When the pool decided, also for an UNASSIGNED row (then: when it found nobody). */
  @Column(name = "assigned_at", nullable = false, updatable = false)
  Instant assignedAt;

  @Column(name = "concluded_at")
  Instant concludedAt;

  @Column(name = "concluded_by")
  String concludedBy;

  @Column(name = "agreement_text", columnDefinition = "MEDIUMTEXT")
  String agreementText;

  @Column(name = "agreement_effective_on")
  LocalDate agreementEffectiveOn;

  @Column(name = "confirmation_requested", nullable = false)
  boolean confirmationRequested;

  protected Assignment() {}

  public Assignment(RoutedDispute dispute, Pick pick, String traceJson, Instant at) {
    this.disputeId = dispute.disputeId();
    this.routedEventId = dispute.routedEventId();
    this.centerCode = dispute.centerCode();
    this.category = dispute.category();
    this.mediatorCode = pick.found() ? pick.chosen().code() : null;
    this.status = pick.found() ? AssignmentStatus.ASSIGNED : AssignmentStatus.UNASSIGNED;
    this.reason = pick.reason();
    this.trace = traceJson;
    this.assignedAt = at;
  }

  /** A new routing of the dispute replaces a decision still waiting for an outcome. */
  public void supersede() {
    if (status == AssignmentStatus.ASSIGNED || status == AssignmentStatus.UNASSIGNED) {
      status = AssignmentStatus.SUPERSEDED;
    }
  }

  /** The dispute was withdrawn: a decision still waiting for an outcome ends here. */
  public void withdraw() {
    if (status == AssignmentStatus.ASSIGNED || status == AssignmentStatus.UNASSIGNED) {
      status = AssignmentStatus.WITHDRAWN;
    }
  }

  /**
   * @throws ProblemException 409 unless a mediator holds this assignment and has not concluded it
   */
  public void conclude(Conclusion conclusion, String by, Instant at) {
    if (status != AssignmentStatus.ASSIGNED) {
      throw ProblemException.conflict(
          "the assignment of dispute %s is %s; only an ASSIGNED one can conclude"
              .formatted(disputeId, status));
    }
    this.status =
        conclusion.outcome() == MediationOutcome.SETTLED
            ? AssignmentStatus.SETTLED
            : AssignmentStatus.FAILED;
    this.concludedAt = at;
    this.concludedBy = by;
    if (conclusion.agreement() != null) {
      this.agreementText = conclusion.agreement().text();
      this.agreementEffectiveOn = conclusion.agreement().effectiveOn();
    }
    this.confirmationRequested = conclusion.confirmationRequested();
  }

  public String disputeId() {
    return disputeId;
  }

  public String routedEventId() {
    return routedEventId;
  }

  public String centerCode() {
    return centerCode;
  }

  public String category() {
    return category;
  }

  public String mediatorCode() {
    return mediatorCode;
  }

  public AssignmentStatus status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public String trace() {
    return trace;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public Instant concludedAt() {
    return concludedAt;
  }

  public Agreement agreement() {
    return agreementText == null ? null : new Agreement(agreementText, agreementEffectiveOn);
  }

  public boolean confirmationRequested() {
    return confirmationRequested;
  }
}
