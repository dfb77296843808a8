package org.jiefen.slamonitor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * A running clock of one dispute at one center, with the policy values it started with. It names
 * the center that held the dispute when the clock started, so an overdue flag points at whoever let
 * it lapse. Its one timer ({@code nextFlagAt}/{@code nextFlag}) is what the flag scanner reads: a
 * WARNING at the warning point, then OVERDUE at the due instant. Pauses and extensions move the due
 * date and raise the version; each version is flagged at most once per kind.
 */
@Entity
@Table(name = "deadline")
public class Deadline {

  public static final String OPEN = "OPEN";
  public static final String PAUSED = "PAUSED";
  public static final String OVERDUE = "OVERDUE";
  public static final String MET = "MET";
  public static final String LATE = "LATE";
  public static final String HANDED_OVER = "HANDED_OVER";
  public static final String CANCELLED = "CANCELLED";

  /** States in which the clock still runs (or waits) and can be stopped. */
  public static final Set<String> RUNNING = Set.of(OPEN, PAUSED, OVERDUE);

  public enum Flag {
    WARNING,
    OVERDUE
  }

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

  @Column(nullable = false)
  int version = 1;

  @Column(name = "policy_version", nullable = false)
  int policyVersion = 1;

  @Column(nullable = false)
  int length;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ClockUnit unit;

  @Column(name = "warn_at_percent", nullable = false)
  int warnAtPercent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ClockScope scope = ClockScope.DISPUTE;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ClockAction action = ClockAction.FLAG;

  @Column(name = "partition_no", nullable = false)
  int partition;

  @Column(name = "paused_since")
  Instant pausedSince;

  @Column(name = "paused_seconds", nullable = false)
  long pausedSeconds;

  @Column(name = "extended_days", nullable = false)
  int extendedDays;

  @Column(nullable = false)
  int extensions;

  @Column(name = "next_flag_at")
  Instant nextFlagAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "next_flag")
  Flag nextFlag;

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
    return open(policy, calculator, disputeId, centerCode, startedAt, startEventId, zone, 0);
  }

  /**
   * @param partition the Kafka partition of the dispute: the scanner instance that owns it flags
   */
  public static Deadline open(
      SlaPolicy policy,
      DeadlineCalculator calculator,
      String disputeId,
      String centerCode,
      Instant startedAt,
      String startEventId,
      ZoneId zone,
      int partition) {
    Deadline d = new Deadline();
    d.id = UUID.randomUUID().toString();
    d.disputeId = disputeId;
    d.clock = policy.clock();
    d.centerCode = centerCode;
    d.startedAt = startedAt;
    d.length = policy.length();
    d.unit = policy.unit();
    d.warnAtPercent = policy.warnAtPercent();
    d.scope = policy.scope();
    d.action = policy.action();
    d.policyVersion = policy.version();
    d.partition = partition;
    d.citation = policy.citation();
    d.startEventId = startEventId;
    d.state = OPEN;
    d.schedule(calculator, zone);
    d.arm(startedAt);
    return d;
  }

  /**
   * The due date from the start, the length in its unit, the days excluded by pauses (whole days,
   * rounded up) and the extensions — each moved to a working day by 民事诉讼法 Art. 85 — and the timer
   * for what is owed next.
   */
  private void schedule(DeadlineCalculator calculator, ZoneId zone) {
    DueDate due = calculator.due(startedAt.atZone(zone).toLocalDate(), length, unit);
    LocalDate date = due.date();
    long pausedDays = (pausedSeconds + 86_399) / 86_400;
    if (pausedDays + extendedDays > 0) {
      date = calculator.later(date, (int) (pausedDays + extendedDays));
    }
    this.dueDate = date;
    this.provisional = due.provisional() || calculator.provisionalAt(date);
    this.dueAt = date.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
    long span = Duration.between(startedAt, dueAt).toSeconds();
    this.warnAt = startedAt.plusSeconds(span * warnAtPercent / 100);
  }

  private void arm(Instant now) {
    if (now.isBefore(warnAt)) {
      nextFlag = Flag.WARNING;
      nextFlagAt = warnAt;
    } else {
      nextFlag = Flag.OVERDUE;
      nextFlagAt = dueAt;
    }
  }

  /** Sets the first timer of a freshly opened clock. */
  public Deadline armFrom(Instant now) {
    arm(now);
    return this;
  }

  /**
   * Raises the flag the timer owes, if it still owes it for this version; returns false when the
   * clock moved on (stopped, paused, extended) since the timer was read.
   */
  public boolean raise(Flag flag, int expectedVersion, Instant now) {
    if (version != expectedVersion || nextFlag != flag || nextFlagAt.isAfter(now)) {
      return false;
    }
    if (flag == Flag.WARNING) {
      nextFlag = Flag.OVERDUE;
      nextFlagAt = dueAt;
    } else {
      state = OVERDUE;
      nextFlag = null;
      nextFlagAt = null;
    }
    return true;
  }

  /** Stops the clock: MET when stopped by its due instant, LATE after it. */
  public boolean close(Instant at) {
    boolean met = !at.isAfter(dueAt) && !OVERDUE.equals(state);
    this.state = met ? MET : LATE;
    this.closedAt = at;
    disarm();
    return met;
  }

  /** The case moved to another center: this center's stage clock ends without a verdict. */
  public void handOver(Instant at) {
    this.state = HANDED_OVER;
    this.closedAt = at;
    disarm();
  }

  /**
   * A DISPUTE clock follows the dispute to the center that now holds it (the citizen's wait does
   * not reset, but the flag names the holder); false if it is already there.
   */
  public boolean follow(String holder) {
    if (holder == null || holder.equals(centerCode)) {
      return false;
    }
    this.centerCode = holder;
    return true;
  }

  /** The dispute was withdrawn: its clocks end without a verdict. */
  public void cancel(Instant at) {
    this.state = CANCELLED;
    this.closedAt = at;
    disarm();
  }

  /** Stops the count (e.g. expert appraisal is excluded by law); false if not running. */
  public boolean pause(Instant at) {
    if (!OPEN.equals(state) && !OVERDUE.equals(state)) {
      return false;
    }
    state = PAUSED;
    pausedSince = at;
    disarm();
    return true;
  }

  /** Counts again; the paused days move the deadline (a new version). */
  public boolean resume(Instant at, DeadlineCalculator calculator, ZoneId zone, Instant now) {
    if (!PAUSED.equals(state)) {
      return false;
    }
    pausedSeconds += Math.max(0, Duration.between(pausedSince, at).toSeconds());
    pausedSince = null;
    version++;
    schedule(calculator, zone);
    state = now.isAfter(dueAt) ? OVERDUE : OPEN;
    if (OPEN.equals(state)) {
      arm(now);
    }
    return true;
  }

  /** Adds days (with approval or every party's consent): a new version, flagged afresh. */
  public boolean extend(int days, DeadlineCalculator calculator, ZoneId zone, Instant now) {
    if (!RUNNING.contains(state) || days <= 0) {
      return false;
    }
    extendedDays += days;
    extensions++;
    version++;
    schedule(calculator, zone);
    if (!PAUSED.equals(state)) {
      state = now.isAfter(dueAt) ? OVERDUE : OPEN;
      if (OPEN.equals(state)) {
        arm(now);
      } else {
        disarm();
      }
    }
    return true;
  }

  /** Recomputes with a newly loaded holiday notice (a provisional date becomes final). */
  public boolean recompute(DeadlineCalculator calculator, ZoneId zone, Instant now) {
    LocalDate before = dueDate;
    schedule(calculator, zone);
    if (before.equals(dueDate)) {
      return false;
    }
    version++;
    if (OPEN.equals(state)) {
      arm(now);
    }
    return true;
  }

  private void disarm() {
    nextFlag = null;
    nextFlagAt = null;
  }

  public boolean isOpen() {
    return RUNNING.contains(state);
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

  public String startEventId() {
    return startEventId;
  }

  public int version() {
    return version;
  }

  public int policyVersion() {
    return policyVersion;
  }

  public ClockScope scope() {
    return scope;
  }

  public ClockAction action() {
    return action;
  }

  public int partition() {
    return partition;
  }

  public int extensions() {
    return extensions;
  }

  public Instant nextFlagAt() {
    return nextFlagAt;
  }

  public Flag nextFlag() {
    return nextFlag;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
