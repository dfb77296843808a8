package org.jiefen.mediatorpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jiefen.platform.problem.ProblemException;

/**
 * The check whether a settled agreement was performed (人民调解法 Art. 31: the mediation organisation
 * supervises performance), due the day after the performance deadline.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

  public enum Result {
    PERFORMED,
    PARTIALLY_PERFORMED,
    NOT_PERFORMED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(name = "assignment_id", nullable = false)
  Long assignmentId;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  @Column(name = "due_on", nullable = false)
  LocalDate dueOn;

  @Column(name = "checked_on")
  LocalDate checkedOn;

  @Enumerated(EnumType.STRING)
  Result result;

  String notes;

  @Column(name = "recorded_by")
  String recordedBy;

  protected FollowUp() {}

  /** Due the day after the deadline, or a month after the agreement took effect if none is set. */
  public static FollowUp scheduleFor(Assignment settled) {
    FollowUp f = new FollowUp();
    f.disputeId = settled.disputeId();
    f.assignmentId = settled.id();
    f.centerCode = settled.centerCode();
    Agreement a = settled.agreement();
    f.dueOn =
        a.performanceDeadline() != null
            ? a.performanceDeadline().plusDays(1)
            : a.effectiveOn().plusMonths(1);
    return f;
  }

  public void record(Result result, LocalDate checkedOn, String notes, String by) {
    if (this.result != null) {
      throw ProblemException.conflict("the follow-up was already recorded on " + this.checkedOn);
    }
    this.result = result;
    this.checkedOn = checkedOn;
    this.notes = notes;
    this.recordedBy = by;
  }

  public Long assignmentId() {
    return assignmentId;
  }

  public String disputeId() {
    return disputeId;
  }

  public String centerCode() {
    return centerCode;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public LocalDate checkedOn() {
    return checkedOn;
  }

  public Result result() {
    return result;
  }

  public String notes() {
    return notes;
  }
}
