package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** sla-monitor's deadline as the case view shows it (a projection, owned by sla-monitor). */
@Entity
@Table(name = "deadline_view")
public class DeadlineView {

  private static final Set<String> CLOSED_STATES =
      Set.of("MET", "LATE", "HANDED_OVER", "CANCELLED");
  private static final Set<String> RUNNING_STATES = Set.of("OPEN", "PAUSED", "OVERDUE");

  @Id
  @Column(name = "deadline_id")
  String deadlineId;

  @Column(name = "dispute_id", nullable = false)
  String disputeId;

  @Column(nullable = false)
  String clock;

  @Column(name = "center_code", nullable = false)
  String centerCode;

  @Column(name = "started_at", nullable = false)
  Instant startedAt;

  @Column(name = "warn_at", nullable = false)
  Instant warnAt;

  @Column(name = "due_at", nullable = false)
  Instant dueAt;

  @Column(nullable = false)
  boolean provisional;

  @Column(nullable = false)
  String state;

  @Column(nullable = false)
  String citation;

  @Column(name = "warned_at")
  Instant warnedAt;

  @Column(name = "warning_center_code")
  String warningCenterCode;

  @Column(name = "overdue_at")
  Instant overdueAt;

  @Column(name = "overdue_center_code")
  String overdueCenterCode;

  @Column(name = "overdue_due_at")
  Instant overdueDueAt;

  protected DeadlineView() {}

  public DeadlineView(
      String deadlineId,
      String disputeId,
      String clock,
      String centerCode,
      Instant startedAt,
      Instant warnAt,
      Instant dueAt,
      boolean provisional,
      String citation) {
    this.deadlineId = deadlineId;
    this.disputeId = disputeId;
    this.clock = clock;
    this.centerCode = centerCode;
    this.startedAt = startedAt;
    this.warnAt = warnAt;
    this.dueAt = dueAt;
    this.provisional = provisional;
    this.state = "OPEN";
    this.citation = citation;
  }

  /**
   * How sla-monitor closed it: MET or LATE, or HANDED_OVER (the case moved on and this center's
   * stage clock ended) or CANCELLED (withdrawn) when the event says so.
   */
  public void closed(boolean met, String state) {
    this.state = state != null && CLOSED_STATES.contains(state) ? state : met ? "MET" : "LATE";
  }

  /**
   * deadline.changed.v1: the running clock was paused, resumed, extended, recomputed or moved with
   * the dispute to the center now holding it. A clock already closed keeps how it closed.
   */
  public void changed(
      String centerCode, Instant dueAt, Instant warnAt, Boolean provisional, String state) {
    this.centerCode = centerCode;
    this.dueAt = dueAt;
    if (warnAt != null) {
      this.warnAt = warnAt;
    }
    if (provisional != null) {
      this.provisional = provisional;
    }
    if (RUNNING_STATES.contains(this.state) && RUNNING_STATES.contains(state)) {
      this.state = state;
    }
  }

  /** sla.warning.v1: the warning point (of the current deadline version) passed at this center. */
  public void warned(Instant warnAt, String centerCode, Instant at) {
    if (warnAt != null) {
      this.warnAt = warnAt;
    }
    this.warningCenterCode = centerCode;
    this.warnedAt = at;
  }

  /**
   * sla.overdue.v1: the clock ran out at {@code dueAt} (of the current deadline version) while this
   * center held the case. A running clock shows OVERDUE; one already closed keeps how it closed.
   */
  public void ranOut(Instant dueAt, String centerCode, Instant at) {
    this.dueAt = dueAt;
    this.overdueDueAt = dueAt;
    this.overdueCenterCode = centerCode;
    this.overdueAt = at;
    if (RUNNING_STATES.contains(state)) {
      this.state = "OVERDUE";
    }
  }

  public String clock() {
    return clock;
  }

  public String centerCode() {
    return centerCode;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant warnAt() {
    return warnAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public boolean provisional() {
    return provisional;
  }

  public String state() {
    return state;
  }

  public String citation() {
    return citation;
  }
}
