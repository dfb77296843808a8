package org.jiefen.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** sla-monitor's deadline as the case view shows it (a projection, owned by sla-monitor). */
@Entity
@Table(name = "deadline_view")
public class DeadlineView {

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

  /** MET or LATE, as sla-monitor closed it. */
  public void closed(boolean met) {
    this.state = met ? "MET" : "LATE";
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
