package org.jiefen.slamonitor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One clock of product-spec §4 as data: what starts it, how long, where the law says so. */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

  @Id String clock;

  @Column(nullable = false)
  String name;

  @Column(name = "start_event", nullable = false)
  String startEvent;

  @Column(nullable = false)
  int length;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ClockUnit unit;

  @Column(name = "warn_at_percent", nullable = false)
  int warnAtPercent;

  @Column(nullable = false)
  String consequence;

  @Column(nullable = false)
  String citation;

  String extension;

  /** JSON object of JSON pointer → required value in the start event, or null for every event. */
  @Column(name = "condition_json")
  String condition;

  /** Comma-separated event types that stop an open clock of this policy. */
  @Column(name = "stop_events", nullable = false)
  String stopEvents = "";

  @Column(nullable = false)
  int version = 1;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ClockScope scope = ClockScope.DISPUTE;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ClockAction action = ClockAction.FLAG;

  @Column(name = "pause_events", nullable = false)
  String pauseEvents = "";

  /** Like {@link #condition}, checked against the pausing event (e.g. only expert appraisal). */
  @Column(name = "pause_condition")
  String pauseCondition;

  @Column(name = "resume_events", nullable = false)
  String resumeEvents = "";

  @Column(name = "extend_events", nullable = false)
  String extendEvents = "";

  /** Days an extension adds; null: the extending event's {@code days}. */
  @Column(name = "extend_days")
  Integer extendDays;

  @Column(name = "max_extensions", nullable = false)
  int maxExtensions;

  @Column(name = "updated_by")
  String updatedBy;

  @Column(name = "updated_at")
  java.time.Instant updatedAt;

  protected SlaPolicy() {}

  public SlaPolicy(
      String clock,
      String name,
      String startEvent,
      int length,
      ClockUnit unit,
      int warnAtPercent,
      String consequence,
      String citation,
      String extension,
      String condition) {
    this.clock = clock;
    this.name = name;
    this.startEvent = startEvent;
    this.length = length;
    this.unit = unit;
    this.warnAtPercent = warnAtPercent;
    this.consequence = consequence;
    this.citation = citation;
    this.extension = extension;
    this.condition = condition;
  }

  /** What pauses, resumes and extends this clock, and how much an extension adds. */
  public record Lifecycle(
      java.util.List<String> pauseEvents,
      String pauseCondition,
      java.util.List<String> resumeEvents,
      java.util.List<String> extendEvents,
      Integer extendDays,
      int maxExtensions) {

    public static Lifecycle none() {
      return new Lifecycle(
          java.util.List.of(), null, java.util.List.of(), java.util.List.of(), null, 0);
    }
  }

  public SlaPolicy behaving(ClockScope scope, ClockAction action, Lifecycle lifecycle) {
    this.scope = scope;
    this.action = action;
    this.pauseEvents = String.join(",", lifecycle.pauseEvents());
    this.pauseCondition = lifecycle.pauseCondition();
    this.resumeEvents = String.join(",", lifecycle.resumeEvents());
    this.extendEvents = String.join(",", lifecycle.extendEvents());
    this.extendDays = lifecycle.extendDays();
    this.maxExtensions = lifecycle.maxExtensions();
    return this;
  }

  /**
   * Takes another definition of this clock; when anything differs the version goes up (running
   * clocks keep the version they started with). Returns whether it changed.
   */
  public boolean redefine(SlaPolicy o, String by, java.time.Instant at) {
    if (sameAs(o)) {
      return false;
    }
    updateFrom(o);
    version++;
    updatedBy = by;
    updatedAt = at;
    return true;
  }

  private boolean sameAs(SlaPolicy o) {
    return java.util.Objects.equals(name, o.name)
        && java.util.Objects.equals(startEvent, o.startEvent)
        && length == o.length
        && unit == o.unit
        && warnAtPercent == o.warnAtPercent
        && java.util.Objects.equals(consequence, o.consequence)
        && java.util.Objects.equals(citation, o.citation)
        && java.util.Objects.equals(extension, o.extension)
        && java.util.Objects.equals(condition, o.condition)
        && java.util.Objects.equals(stopEvents, o.stopEvents)
        && scope == o.scope
        && action == o.action
        && java.util.Objects.equals(pauseEvents, o.pauseEvents)
        && java.util.Objects.equals(pauseCondition, o.pauseCondition)
        && java.util.Objects.equals(resumeEvents, o.resumeEvents)
        && java.util.Objects.equals(extendEvents, o.extendEvents)
        && java.util.Objects.equals(extendDays, o.extendDays)
        && maxExtensions == o.maxExtensions;
  }

  public void stamp(String by, java.time.Instant at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public void updateFrom(SlaPolicy o) {
    scope = o.scope;
    action = o.action;
    pauseEvents = o.pauseEvents;
    pauseCondition = o.pauseCondition;
    resumeEvents = o.resumeEvents;
    extendEvents = o.extendEvents;
    extendDays = o.extendDays;
    maxExtensions = o.maxExtensions;
    name = o.name;
    startEvent = o.startEvent;
    length = o.length;
    unit = o.unit;
    warnAtPercent = o.warnAtPercent;
    consequence = o.consequence;
    citation = o.citation;
    extension = o.extension;
    condition = o.condition;
    stopEvents = o.stopEvents;
  }

  public SlaPolicy stoppedBy(java.util.List<String> events) {
    this.stopEvents = String.join(",", events);
    return this;
  }

  public java.util.List<String> stopEvents() {
    return stopEvents.isEmpty() ? java.util.List.of() : java.util.List.of(stopEvents.split(","));
  }

  public String clock() {
    return clock;
  }

  public int version() {
    return version;
  }

  public ClockScope scope() {
    return scope;
  }

  public ClockAction action() {
    return action;
  }

  public Lifecycle lifecycle() {
    return new Lifecycle(
        split(pauseEvents),
        pauseCondition,
        split(resumeEvents),
        split(extendEvents),
        extendDays,
        maxExtensions);
  }

  private static java.util.List<String> split(String events) {
    return events.isEmpty() ? java.util.List.of() : java.util.List.of(events.split(","));
  }

  public java.time.Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public String name() {
    return name;
  }

  public String startEvent() {
    return startEvent;
  }

  public int length() {
    return length;
  }

  public ClockUnit unit() {
    return unit;
  }

  public int warnAtPercent() {
    return warnAtPercent;
  }

  public String consequence() {
    return consequence;
  }

  public String citation() {
    return citation;
  }

  public String extension() {
    return extension;
  }

  public String condition() {
    return condition;
  }
}
