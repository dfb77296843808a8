package org.jiefen.slamonitor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A running clock of one dispute at one center. It names the center that held the dispute when the
 * clock started, so an overdue flag points at whoever let it lapse.
 */
@Entity
@Table(name = "deadline")
public class Deadline {

  @Id String id;

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

  @Column(name = "due_date", nullable = false)
  LocalDate dueDate;

  @Column(nullable = false)
  boolean provisional;

  @Column(nullable = false)
  String state;

  @Column(nullable = false)
  String citation;

  @Column(name = "start_event_id", nullable = false)
  String startEventId;

  @Column(name = "closed_at")
  Instant closedAt;

  protected Deadline() {}

  /** Opens a clock: due at the end of its last day, warned at the policy's share of the span. */
  public static Deadline open(
      SlaPolicy policy,
      DeadlineCalculator calculator,
      String disputeId,
      String centerCode,
      Instant startedAt,
      String startEventId,
      ZoneId zone) {
    Deadline d = new Deadline();
    d.id = UUID.randomUUID().toString();
    d.disputeId = disputeId;
    d.clock = policy.clock();
    d.centerCode = centerCode;
    d.startedAt = startedAt;
    DueDate due =
        calculator.due(startedAt.atZone(zone).toLocalDate(), policy.length(), policy.unit());
    d.dueDate = due.date();
    d.provisional = due.provisional();
    d.dueAt = due.date().atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
    long span = Duration.between(startedAt, d.dueAt).toSeconds();
    d.warnAt = startedAt.plusSeconds(span * policy.warnAtPercent() / 100);
    d.state = "OPEN";
    d.citation = policy.citation();
    d.startEventId = startEventId;
    return d;
  }

  /** Stops the clock: MET when stopped by its due instant, LATE after it. */
  public boolean close(Instant at) {
    boolean met = !at.isAfter(dueAt);
    this.state = met ? "MET" : "LATE";
    this.closedAt = at;
    return met;
  }

  public boolean isOpen() {
    return "OPEN".equals(state);
  }

  public String id() {
    return id;
  }

  public String disputeId() {
    return disputeId;
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

  public LocalDate dueDate() {
    return dueDate;
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
