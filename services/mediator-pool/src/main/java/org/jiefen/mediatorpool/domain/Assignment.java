package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiefen.platform.problem.ProblemException;

/**
 * One assignment decision for a dispute: the mediator's answer, the mediation's course (first
 * contact with the other party, pauses) and, once concluded, its outcome. The dispute's newest row
 * is its current assignment; older rows stay as history. The trace is kept as JSON for the
 * citizen's explanation, and the category and center as routing sent them, so that a later
 * reassignment or transfer needs nothing from other services. The version makes two staff who
 * change the same assignment at once collide (409) instead of both winning.
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

  @Version long version;

  /** The dispute.assigned.v1 that announced this assignment: its acceptance clock's start. */
  @Column(name = "assigned_event_id")
  String assignedEventId;

  @Column(name = "answered_at")
  Instant answeredAt;

  @Column(name = "answered_by")
  String answeredBy;

  /** Why the mediator declined, or why staff moved the dispute to someone else. */
  @Column(name = "answer_reason")
  String answerReason;

  @Column(name = "first_contact_at")
  Instant firstContactAt;

  @Column(name = "paused_since")
  Instant pausedSince;

  @Column(name = "failure_reason")
  String failureReason;

  @Enumerated(EnumType.STRING)
  Suggestion suggestion;

  @Column(name = "agreement_facts", columnDefinition = "MEDIUMTEXT")
  String agreementFacts;

  @Column(name = "performance_deadline")
  LocalDate performanceDeadline;

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
    if (AssignmentStatus.WAITING.contains(status)) {
      status = AssignmentStatus.SUPERSEDED;
    }
  }

  /** The dispute was withdrawn: a decision still waiting for an outcome ends here. */
  public void withdraw() {
    if (AssignmentStatus.WAITING.contains(status)) {
      status = AssignmentStatus.WITHDRAWN;
    }
  }

  public void announced(String eventId) {
    this.assignedEventId = eventId;
  }

  /** The assigned mediator takes the case: mediation starts. */
  public void accept(String by, Instant at) {
    require(AssignmentStatus.ASSIGNED, "accepted");
    status = AssignmentStatus.ACCEPTED;
    answer(by, null, at);
  }

  /** The assigned mediator says no, with a reason; the pool assigns someone else. */
  public void decline(String by, String reason, Instant at) {
    require(AssignmentStatus.ASSIGNED, "declined");
    status = AssignmentStatus.DECLINED;
    answer(by, reason, at);
  }

  /** Nobody answered within the acceptance clock; false when the assignment had moved on. */
  public boolean expire(Instant at) {
    if (status != AssignmentStatus.ASSIGNED) {
      return false;
    }
    status = AssignmentStatus.EXPIRED;
    answer("system", "no answer within the acceptance clock", at);
    return true;
  }

  /** Staff give the dispute to another mediator by hand. */
  public void reassignedAway(String by, String reason, Instant at) {
    if (!AssignmentStatus.WAITING.contains(status)) {
      throw conflict("reassigned");
    }
    status = AssignmentStatus.REASSIGNED;
    answer(by, reason, at);
  }

  /**
   * Records that the mediator reached someone; true when this is the first contact with the other
   * party (在线调解规则 Art. 15: within 3 working days of accepting).
   */
  public boolean contacted(boolean withOtherParty, Instant at) {
    require(AssignmentStatus.ACCEPTED, "logged");
    if (withOtherParty && firstContactAt == null) {
      firstContactAt = at;
      return true;
    }
    return false;
  }

  public void pause(Instant at) {
    require(AssignmentStatus.ACCEPTED, "paused");
    if (pausedSince != null) {
      throw ProblemException.conflict("the mediation is already paused since " + pausedSince);
    }
    pausedSince = at;
  }

  /** Ends a pause; returns when it began. */
  public Instant resume() {
    if (pausedSince == null) {
      throw ProblemException.conflict("the mediation of dispute " + disputeId + " is not paused");
    }
    Instant since = pausedSince;
    pausedSince = null;
    return since;
  }

  /**
   * A court-delegated case whose mediation period ran out (在线调解规则 Art. 26) goes back to the court
   * for filing: whatever stage it reached — waiting for a mediator, assigned, accepted or paused —
   * the mediation ends FAILED with litigation as the way on; false if it had already ended.
   */
  public boolean returnToCourt(String why, Instant at) {
    if (!AssignmentStatus.WAITING.contains(status)) {
      return false;
    }
    this.status = AssignmentStatus.FAILED;
    this.pausedSince = null;
    this.concludedAt = at;
    this.concludedBy = "system";
    this.failureReason = why;
    this.suggestion = Suggestion.LITIGATION;
    this.confirmationRequested = false;
    return true;
  }

  /** Records the outcome; the mediation must be accepted and not paused. */
  public void conclude(Conclusion conclusion, String by, Instant at) {
    require(AssignmentStatus.ACCEPTED, "concluded");
    if (pausedSince != null) {
      throw ProblemException.conflict("the mediation is paused; resume it before the outcome");
    }
    this.status =
        conclusion.outcome() == MediationOutcome.SETTLED
            ? AssignmentStatus.SETTLED
            : AssignmentStatus.FAILED;
    this.concludedAt = at;
    this.concludedBy = by;
    Agreement agreement = conclusion.agreement();
    if (agreement != null) {
      this.agreementFacts = agreement.facts();
      this.agreementText = agreement.terms();
      this.agreementEffectiveOn = agreement.effectiveOn();
      this.performanceDeadline = agreement.performanceDeadline();
    }
    this.failureReason = conclusion.reason();
    this.suggestion = conclusion.suggestion();
    this.confirmationRequested = conclusion.confirmationRequested();
  }

  private void answer(String by, String reason, Instant at) {
    this.answeredBy = by;
    this.answerReason = reason;
    this.answeredAt = at;
  }

  private void require(AssignmentStatus expected, String verb) {
    if (status != expected) {
      throw conflict(verb);
    }
  }

  private ProblemException conflict(String verb) {
    return ProblemException.conflict(
        "the assignment of dispute %s is %s; it cannot be %s".formatted(disputeId, status, verb));
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String assignedEventId() {
    return assignedEventId;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String answerReason() {
    return answerReason;
  }

  public Instant firstContactAt() {
    return firstContactAt;
  }

  public Instant pausedSince() {
    return pausedSince;
  }

  public String failureReason() {
    return failureReason;
  }

  public Suggestion suggestion() {
    return suggestion;
  }

  public LocalDate performanceDeadline() {
    return performanceDeadline;
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

  /** The agreement without its signatures (they are rows of their own). */
  public Agreement agreement() {
    return agreementText == null
        ? null
        : new Agreement(
            agreementFacts, agreementText, agreementEffectiveOn, performanceDeadline, List.of());
  }

  public boolean confirmationRequested() {
    return confirmationRequested;
  }
}
